import { expect, type Page } from '@playwright/test';
import { StandSafe } from './app';
import { DiaryPage, type Entry } from './diary';

export const PASSPHRASE = 'purple tractor sings loudly';

/** Page object for the passphrase lock: Settings' lock section and the unlock screen. */
export class Lock {
  readonly app: StandSafe;
  constructor(readonly page: Page) {
    this.app = new StandSafe(page);
  }

  /** Turn the lock on from Settings and wait until it says so. */
  async turnOn(passphrase = PASSPHRASE) {
    await this.app.open('/settings');
    await this.page.getByTestId('lock-new').fill(passphrase);
    await this.page.getByTestId('lock-again').fill(passphrase);
    await this.page.getByTestId('lock-turn-on').click();
    await expect(this.page.getByTestId('lock-is-on')).toBeVisible({ timeout: 15_000 });
  }

  /** A diary with these entries, then the lock turned on (Settings stays open). */
  async turnOnWith(entries: Entry[]) {
    const diary = new DiaryPage(this.page);
    await diary.open();
    for (const e of entries) await diary.add(e);
    await this.turnOn();
    return diary;
  }

  /** A diary with these entries, the lock turned on, and the diary open again behind it. */
  async lockedDiary(entries: Entry[]) {
    const diary = await this.turnOnWith(entries);
    await diary.open();
    await this.unlock();
    await expect(diary.entries()).toHaveCount(entries.length);
    return diary;
  }

  unlockScreen() {
    return this.page.getByTestId('unlock-form');
  }

  /** Unlock with the passphrase and wait for the page behind it. */
  async unlock(passphrase = PASSPHRASE) {
    await this.page.getByTestId('unlock-passphrase').fill(passphrase);
    await this.page.getByTestId('unlock').click();
  }

  async expectLocked() {
    await expect(this.unlockScreen()).toBeVisible();
    await expect(this.page.locator('main h1')).toHaveText('Stand Safe is locked');
  }

  /** Every localStorage key and value, as stored. */
  async stored(): Promise<Record<string, string>> {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  /** Keys of the stored values that contain `text` (in the key or the value). */
  async keysContaining(text: string) {
    const all = await this.stored();
    return Object.entries(all).filter(([k, v]) => k.includes(text) || v.includes(text)).map(([k]) => k);
  }
}
