import { test, expect } from '@playwright/test';
import { CaseFile, type SeedEntry } from '../support/case-file';

// Issue 15, item 5: the case file fits a 390 px phone screen and keeps headings with their text
// when printed.

const long = 'https://social.example.invalid/posts/a-very-long-address-with-no-spaces-that-a-table-cell-cannot-wrap-1234567890';

function many(n: number): SeedEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: `2026-11-${String(i + 1).padStart(2, '0')}`,
    time: '18:00',
    what: `Incident number ${i + 1}: ${'The same man shouted from across the road and filmed the stall. '.repeat((i % 4) + 1)}${i % 3 === 0 ? long : ''}`,
    words: i % 2 ? 'You will regret standing here' : '',
    evidence: Array.from({ length: (i % 3) + 1 }, (_, k) => `Photo ${k + 1} of incident ${i + 1}`),
  }));
}

test('on a 390 px phone the case file does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const cf = new CaseFile(page);
  await cf.seed(many(3));
  await cf.openAll();
  await expect(cf.view()).toContainText(long);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  expect(await cf.diary.app.axeViolations()).toEqual([]);
});

const HEADINGS = [/^Timeline$/, /^Crime reference numbers$/, /^People involved$/, /^Witnesses$/, /^Evidence index$/, /^Incidents in full$/, /^Incident \d+: \w+day \d+ \w+ \d{4}/];

test('printed, no heading is left at the foot of a page without its text', async ({ page }) => {
  test.slow();
  const cf = new CaseFile(page);
  // Several lengths, so headings fall at many places on the page.
  for (const n of [6, 10, 14]) {
    await cf.seed(many(n));
    await cf.openAll();
    const pages = await cf.printedPages();
    expect(pages.length).toBeGreaterThan(2);
    for (const [p, lines] of pages.slice(0, -1).entries()) {
      const last = lines[lines.length - 1];
      expect(HEADINGS.some((h) => h.test(last)), `${n} entries: page ${p + 1} ends with the heading "${last}"`).toBe(false);
    }
    const all = pages.flat().join(' ');
    for (const want of ['Case file for police', 'Incidents in full', `Incident ${n}:`, `Photo 1 of incident ${n}`]) expect(all).toContain(want);
  }
});
