import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiaryPage } from './diary';

/** Stored entry fields as the app writes them (`domain::stored`), with what a test sets. */
export type SeedEntry = { id: string; date: string; time?: string; what: string; words?: string; people?: string[]; evidence?: string[]; history?: { savedMs: number; what: string }[]; createdMs?: number };
export type SeedPerson = { id: string; name: string; description?: string };

function fields(e: { date: string; time?: string; what: string; words?: string; people?: string[]; evidence?: string[] }) {
  return {
    happened_date: e.date, happened_time: e.time ?? '', time_approx: false, found_date: '', found_time: '', place: '', platform: '', link: '',
    channel: 'in_person', what_happened: e.what, exact_words: e.words ?? '', people: e.people ?? [], witnesses: [], evidence: e.evidence ?? [],
    effect: '', injury_damage_loss: '', reports: [], status: 'open', action_needed: '',
  };
}

/** Page object for the case file for police: opening it for everything, one person or a filter, and printing it. */
export class CaseFile {
  readonly diary: DiaryPage;
  constructor(readonly page: Page) {
    this.diary = new DiaryPage(page);
  }

  /** Store entries and people as the app stores them, then open the diary. */
  async seed(entries: SeedEntry[], people: SeedPerson[] = []) {
    await this.diary.open();
    await this.page.evaluate(({ entries, people }) => {
      for (const e of entries) {
        const created = e.createdMs ?? Date.parse(`${e.date}T20:00:00Z`);
        const history = (e.history ?? []).map((h) => ({ saved_ms: h.savedMs, fields: { ...e.fields, what_happened: h.what } }));
        const edited = history.length ? Math.max(...history.map((h) => h.saved_ms)) + 60_000 : created;
        localStorage.setItem(`standsafe.diary.entry.${e.id}`, JSON.stringify({ v: 1, data: { id: e.id, created_ms: created, edited_ms: edited, deleted_ms: null, current: e.fields, history } }));
      }
      localStorage.setItem('standsafe.diary.people', JSON.stringify({ v: 1, data: people.map((p) => ({ id: p.id, name_or_handle: p.name, description: p.description ?? '', vehicle: '' })) }));
    }, { entries: entries.map((e) => ({ ...e, fields: fields(e) })), people });
    await this.diary.open();
  }

  /** The whole case file from the diary's tabs. */
  async openAll() {
    await this.page.getByTestId('diary-case-file').click();
    await expect(this.view()).toBeVisible();
  }

  /** The People view's "Case file for this person" for the person whose card names them. */
  async openForPerson(name: string) {
    await this.page.getByTestId('diary-people').click();
    await this.page.getByTestId('person-group').filter({ has: this.page.getByRole('heading', { name, exact: true }) }).getByTestId('person-case-file').click();
    await expect(this.view()).toBeVisible();
  }

  view() {
    return this.page.getByTestId('case-file');
  }

  /** Print the case file to A4 and return each page's text lines. */
  async printedPages(): Promise<string[][]> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ format: 'A4' });
    await this.page.emulateMedia({ media: 'screen' });
    const dir = mkdtempSync(join(tmpdir(), 'standsafe-case-'));
    const file = join(dir, 'case.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    const out: string[][] = [];
    for (let n = 1; n <= pages; n++) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).toString();
      out.push(text.split('\n').map((l) => l.trim()).filter((l) => l));
    }
    return out;
  }
}
