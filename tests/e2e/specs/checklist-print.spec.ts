import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';

function pdfText(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'standsafe-pdf-'));
  const file = join(dir, 'checklist.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  return { text: execFileSync('pdftotext', [file, '-']).toString(), pages };
}

test('the printed checklist holds the police contact, the numbers and every step, on at most 2 A4 pages', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/profile');
  await guide.fill('police-name', 'DC Morgan Printtest');
  await guide.fill('police-phone', '01632 960 001');
  await app.open('/guide/accounts');
  const first = page.locator('[data-testid^="tick-"]').first();
  await first.check();
  await app.open('/checklist');
  const titles = await page.locator('.checklist-step .step-title, .checklist-step .tick').allInnerTexts();
  expect(titles.length).toBeGreaterThan(20);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print')).toBeHidden();
  const { text, pages } = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  expect(pages).toBeLessThanOrEqual(2);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('DC Morgan Printtest');
  expect(flat).toContain('999');
  expect(flat).toContain('0800 789 321');
  expect(flat).toContain('Printed');
  expect(flat).not.toContain('Print checklist');
  for (const t of titles) expect(flat, t).toContain(t.trim().replace(/\s+/g, ' '));
});

test('the print button calls the browser print dialogue', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/checklist');
  await page.evaluate(() => { (window as any).__printed = 0; window.print = () => { (window as any).__printed++; }; });
  await page.getByTestId('print').click();
  expect(await page.evaluate(() => (window as any).__printed)).toBe(1);
});
