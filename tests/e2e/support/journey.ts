import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StandSafe } from './app';
import { GuidePages } from './guide';

/** One user's answers to the three questions. */
export type Answers = { role: string; nation: string; election: string };

/** A printed PDF: its text (whitespace flattened) and its page count. */
export type Printed = { text: string; pages: number };

/** Page object for a user's first visit: the questions, what the guide shows, the print. */
export class Journey {
  readonly app: StandSafe;
  readonly guide: GuidePages;
  constructor(readonly page: Page) {
    this.app = new StandSafe(page);
    this.guide = new GuidePages(page);
  }

  /** Answer the three questions on Home and press Done. */
  async answerOnHome(a: Answers) {
    await this.app.open('/');
    await expect(this.page.getByTestId('short-start')).toBeVisible();
    await this.guide.answer(a.role, a.election, a.nation);
    await this.page.getByTestId('start-done').click();
    await expect(this.page.getByTestId('short-start')).toHaveCount(0);
  }

  reportLine() {
    return this.page.getByTestId('report-line');
  }

  /** The ids of every step shown in the guide, over all its topics. */
  async stepIds(): Promise<string[]> {
    await this.app.open('/guide');
    const topics = await this.page.locator('.module-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const ids: string[] = [];
    for (const href of topics) {
      await this.app.open(href);
      ids.push(...(await this.page.locator('article.step').evaluateAll((els) => els.map((e) => e.id))));
    }
    return ids;
  }

  /** Open the checklist and print it to A4 PDF. */
  async printChecklist(): Promise<Printed> {
    await this.app.open('/checklist');
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ format: 'A4', printBackground: false });
    await this.page.emulateMedia({ media: 'screen' });
    return pdfText(pdf);
  }
}

export function pdfText(pdf: Buffer): Printed {
  const dir = mkdtempSync(join(tmpdir(), 'standsafe-pdf-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  return { text: execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' '), pages };
}
