import { expect, type Page } from '@playwright/test';
import { StandSafe } from './app';

export type Entry = { date?: string; time?: string; what: string; words?: string; place?: string; people?: string; evidence?: string; witnesses?: string };

/** Page object for the incident diary. */
export class DiaryPage {
  readonly app: StandSafe;
  constructor(readonly page: Page) {
    this.app = new StandSafe(page);
  }

  async open() {
    await this.app.open('/diary');
  }

  form() {
    return this.page.getByTestId('incident-form');
  }

  async write(e: Entry) {
    await this.page.getByTestId('diary-new').click();
    await expect(this.form()).toBeVisible();
    if (e.date) await this.page.getByTestId('happened_date').fill(e.date);
    if (e.time) await this.page.getByTestId('happened_time').fill(e.time);
    if (e.place) await this.page.getByTestId('place').fill(e.place);
    await this.page.getByTestId('what_happened').fill(e.what);
    if (e.words) await this.page.getByTestId('exact_words').fill(e.words);
    if (e.people) await this.page.getByTestId('new_people').fill(e.people);
    if (e.witnesses) { await this.page.getByTestId('witnesses').fill(e.witnesses); await this.page.getByTestId('witnesses').blur(); }
    if (e.evidence) { await this.page.getByTestId('evidence').fill(e.evidence); await this.page.getByTestId('evidence').blur(); }
  }

  /** The question asked when a typed new person may be someone already in the diary. */
  samePersonQuestion() {
    return this.page.getByTestId('same-person-question');
  }

  /** Answer that question by the label of the choice ("Same person as: …" or "No, someone else"). */
  async answerSamePerson(label: RegExp) {
    await this.samePersonQuestion().getByRole('radio', { name: label }).check();
  }

  async save() {
    await this.page.getByTestId('save-entry').click();
  }

  async add(e: Entry) {
    await this.write(e);
    await this.save();
    await expect(this.page.getByTestId('entry-detail')).toBeVisible();
  }

  async list() {
    await this.page.getByTestId('diary-list').click();
    return this.page.getByTestId('entry-list').locator('li');
  }

  entries() {
    return this.page.getByTestId('entry-list').locator('li');
  }

  /** The diary's view links ("Write a new entry", "All entries", "People", …). */
  tabs() {
    return this.page.getByRole('navigation', { name: 'Diary' }).getByRole('link');
  }

  /** Fill localStorage until it refuses any more, as a full device would. */
  async fillStore() {
    await this.page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      let i = 0;
      try { for (;;) localStorage.setItem(`filler.${i++}`, chunk); } catch { /* full */ }
      try { for (;;) localStorage.setItem(`filler.s${i++}`, 'y'.repeat(1024)); } catch { /* full */ }
    });
  }

  /**
   * With one entry saved: fill the store, try to save a second entry, and check that the failure
   * is explained and the words stay on the form; then make room and save it after all.
   */
  async saveIntoAFullStore() {
    await this.fillStore();
    await this.write({ date: '2026-11-02', what: 'This one cannot be saved: ' + 'long text '.repeat(300) });
    await this.save();
    await expect(this.page.getByTestId('form-error')).toContainText('full');
    await expect(this.page.getByTestId('what_happened')).toHaveValue(/This one cannot be saved/);
    await this.emptyFiller();
    await this.save();
    await expect(this.page.getByTestId('entry-detail')).toContainText('This one cannot be saved');
  }

  /** Make room again after `fillStore`. */
  async emptyFiller() {
    await this.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  }
}
