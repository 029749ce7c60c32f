import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1",
  '<a href="javascript:window.__xss=1">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
];

test('script in any field shows as text and runs nothing, in the list, the entry and the case file', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  const text = payloads.join(' ');
  await diary.write({ date: '2026-11-01', what: text, words: text, place: text, people: payloads[1], witnesses: payloads[2], evidence: payloads[0] });
  // "Other" asks every question, online and in person.
  await page.getByTestId('channel').selectOption('other');
  for (const id of ['platform', 'link', 'effect', 'injury_damage_loss', 'action_needed']) await page.getByTestId(id).fill(text);
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('<script>window.__xss=1</script>');
  await diary.list();
  await expect(diary.entries().first()).toContainText('<img src=x');
  await page.getByTestId('diary-people').click();
  await page.getByTestId('diary-case-file').click();
  await expect(page.getByTestId('case-file')).toContainText('<script>');
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  expect(await page.locator('main img, main svg, main script').count()).toBe(0);
});
