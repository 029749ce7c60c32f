import { test, expect, type Locator } from '@playwright/test';
import { DiaryPage } from '../support/diary';
import { CaseFile } from '../support/case-file';

// Issue 15, item 6: a witness's phone number or email in a diary entry and in the case file is a
// tel: or mailto: link on screen, the words exactly as typed; on paper it is plain black text.

test.use({ timezoneId: 'Europe/London' });

async function hrefs(area: Locator) {
  return area.locator('a').evaluateAll((as) => as.map((a) => `${a.textContent} -> ${a.getAttribute('href')}`));
}

test('a witness\'s number and email are links in the entry and the case file, as typed, and plain black on paper', async ({ page }) => {
  const diary = new DiaryPage(page);
  const cases = new CaseFile(page);
  await diary.open();
  await diary.add({
    date: '2026-11-20', time: '18:30', what: 'Shouted at outside the office.',
    witnesses: 'Sam Okafor, 07700 900123 or sam.o@example.org (evenings) [x](tel:1)\nJo Bloggs',
  });
  const typed = 'Sam Okafor (07700 900123 or sam.o@example.org (evenings) [x](tel:1)); Jo Bloggs';
  const entry = page.getByTestId('entry-detail');
  const witnesses = entry.locator('dt', { hasText: 'Witnesses' }).locator('xpath=following-sibling::dd[1]');
  await expect(witnesses).toHaveText(typed);
  expect(await hrefs(witnesses)).toEqual(['07700 900123 -> tel:07700900123', 'sam.o@example.org -> mailto:sam.o@example.org']);
  expect(await diary.app.axeViolations()).toEqual([]);

  await cases.openAll();
  const file = cases.view();
  await expect(file.locator('li', { hasText: 'Sam Okafor' })).toHaveText('Sam Okafor (07700 900123 or sam.o@example.org (evenings) [x](tel:1)) — incident 1');
  const links = await hrefs(file);
  expect(links.filter((l) => l === '07700 900123 -> tel:07700900123')).toHaveLength(2);
  expect(links.filter((l) => l === 'sam.o@example.org -> mailto:sam.o@example.org')).toHaveLength(2);
  expect(links.filter((l) => l.endsWith(' -> tel:1'))).toEqual([]);
  expect(await diary.app.axeViolations()).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const looks = await file.locator('a[href^="mailto:"]').first().evaluate((a) => {
    const s = getComputedStyle(a);
    return { color: s.color, decoration: s.textDecorationLine };
  });
  expect(looks).toEqual({ color: 'rgb(0, 0, 0)', decoration: 'none' });
  const printed = (await cases.printedPages()).flat().join('\n');
  expect(printed).toContain('07700 900123 or sam.o@example.org');
  expect(printed).not.toMatch(/tel:0|mailto:/);
});
