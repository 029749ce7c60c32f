import { test, expect } from '@playwright/test';
import { Evidence, letter, photo } from '../support/evidence';

test('the attach controls, an entry with files, recently deleted and the case file have no axe violations', async ({ page }) => {
  test.setTimeout(90_000); // four axe scans
  const ev = new Evidence(page);
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-20', what: 'Entry with evidence' });
  await ev.choose([photo('one.png'), letter('words', 'two.txt')]);
  expect(await ev.diary.app.axeViolations()).toEqual([]);
  await ev.diary.save();
  await expect(ev.attached()).toHaveCount(2);
  await expect(ev.attached().first().getByTestId('attachment-thumb')).toBeVisible();
  expect(await ev.diary.app.axeViolations()).toEqual([]);
  await page.getByRole('button', { name: 'Remove two.txt' }).click();
  await expect(ev.attached()).toHaveCount(1);
  await page.getByTestId('diary-deleted').click();
  await expect(page.getByTestId('removed-file')).toContainText('two.txt');
  expect(await ev.diary.app.axeViolations()).toEqual([]);
  await page.getByTestId('diary-case-file').click();
  await expect(page.getByTestId('case-file')).toContainText('one.png');
  expect(await ev.diary.app.axeViolations()).toEqual([]);
});
