import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

// Issue 15, item 2: Cancel never throws typed words away without asking.
test('Cancel on a typed entry asks first; keeping it loses nothing, discarding removes the draft', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.write({ date: '2026-12-02', what: 'Threatening note through the door', people: 'Neighbour at number 4' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const ask = page.getByTestId('discard-question');
  await expect(ask).toContainText('Discard');
  await expect(diary.form()).toBeVisible();
  await page.getByRole('button', { name: 'Keep writing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('what_happened')).toHaveValue('Threatening note through the door');
  await expect(page.getByTestId('new_people')).toHaveValue('Neighbour at number 4');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(diary.form()).toHaveCount(0);
  await page.reload();
  await diary.app.ready();
  await expect(diary.form()).toHaveCount(0);
});

test('Cancel on an untouched form closes it without a question', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await page.getByTestId('diary-new').click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(diary.form()).toHaveCount(0);
  await expect(page.getByTestId('discard-question')).toHaveCount(0);
});
