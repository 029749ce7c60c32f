import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Page object for the app shell: navigation, headings and the checks every page shares. */
export class StandSafe {
  constructor(readonly page: Page) {}

  /** Open a path and wait until the app (not the static first view) is showing it. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  /** The wasm app has mounted: the static first view is gone and the main landmark is live. */
  async ready() {
    await expect(this.page.locator('#boot')).toHaveCount(0);
    await expect(this.page.locator('main#main h1')).toBeVisible();
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async goTo(name: 'Home' | 'Guide' | 'Checklist' | 'Plans' | 'Diary' | 'Contacts' | 'Settings') {
    await this.nav().getByRole('link', { name, exact: true }).click();
  }

  heading() {
    return this.page.locator('main h1');
  }

  /** The heading focused when a view opens: a view's own (a diary entry, the form) or the page's. */
  focused() {
    return this.page.locator('main :focus');
  }

  emergencyLine() {
    return this.page.getByTestId('emergency-line');
  }

  /** Mark this document, so a later `sameDocument()` tells whether a page load happened since. */
  async markDocument() {
    await this.page.evaluate(() => ((window as any).__sameDocument = true));
  }

  /** True when no page load happened since `markDocument()`. */
  async sameDocument(): Promise<boolean> {
    return this.page.evaluate(() => (window as any).__sameDocument === true);
  }

  /** Run axe with the WCAG 2.2 A and AA rules and return the violations. */
  async axeViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
}

/** Every page of the app, with its path and main heading. */
export const pages = [
  { path: '/', nav: 'Home', heading: 'Stay safe while you campaign' },
  { path: '/guide', nav: 'Guide', heading: 'Safety guide' },
  { path: '/checklist', nav: 'Checklist', heading: 'Safety checklist' },
  { path: '/diary', nav: 'Diary', heading: 'Incident diary' },
  { path: '/profile', nav: 'Contacts', heading: 'Your contacts' },
  { path: '/settings', nav: 'Settings', heading: 'Settings' },
] as const;
