import { type Page } from '@playwright/test';
import { StandSafe } from './app';

/** Safari on a current iPhone. */
export const IPHONE_SAFARI = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  hasTouch: true,
  isMobile: true,
  viewport: { width: 390, height: 844 },
};

/** Safari on a Mac (no touch points: an iPad sends the same user agent, with touch). */
export const MAC_SAFARI = {
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  hasTouch: false,
  isMobile: false,
  viewport: { width: 1280, height: 800 },
};

/** Page object for the install offer, Safari's seven-day notice and the storage status. */
export class Install {
  readonly app: StandSafe;
  constructor(readonly page: Page) {
    this.app = new StandSafe(page);
  }

  offer() {
    return this.page.getByTestId('install-offer');
  }

  button() {
    return this.page.getByRole('button', { name: 'Install Stand Safe' });
  }

  steps() {
    return this.offer().getByTestId('ios-steps');
  }

  notice() {
    return this.page.getByTestId('safari-notice');
  }

  storageStatus() {
    return this.page.getByTestId('storage-status');
  }

  async dismiss() {
    await this.offer().getByRole('button', { name: 'Not now' }).click();
  }

  /** Have the browser offer its install prompt as Chromium does, with a prompt() that counts
   * its calls in `window.__prompted`. `early`: as the page loads, before the app runs. */
  async offerPrompt({ early = false } = {}) {
    const fire = () => {
      const event = new Event('beforeinstallprompt', { cancelable: true });
      (event as any).prompt = () => {
        (window as any).__prompted = ((window as any).__prompted || 0) + 1;
        return Promise.resolve();
      };
      window.dispatchEvent(event);
    };
    if (early) {
      await this.page.addInitScript(`document.addEventListener('DOMContentLoaded', ${fire.toString()})`);
    } else {
      await this.page.evaluate(fire);
    }
  }

  async promptCalls(): Promise<number> {
    return this.page.evaluate(() => (window as any).__prompted || 0);
  }

  /** Run as an installed app: `(display-mode: standalone)` matches (emulateMedia cannot set it). */
  async runInstalled() {
    await this.page.addInitScript(() => {
      // Window is a global: its operations are the window's own properties, not its prototype's.
      const real = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => real(query.includes('display-mode: standalone') ? 'all' : query);
    });
  }
}
