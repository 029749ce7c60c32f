import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

// Issue 15, item 2: every typed field, "New people" included, is kept in the draft.
test('the "New people" words come back with the draft, and the draft is said to be restored', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.write({ date: '2026-12-02', what: 'Followed me to the car', people: 'Unknown man, about 50, shaved head, with a brown Staffie dog' });
  await page.getByTestId('new_people').blur();
  // Leave the diary mid-entry and come back.
  await diary.app.goTo('Guide');
  await diary.app.goTo('Diary');
  await expect(page.getByTestId('draft-restored')).toContainText('Draft restored');
  await expect(page.getByTestId('what_happened')).toHaveValue('Followed me to the car');
  await expect(page.getByTestId('new_people')).toHaveValue('Unknown man, about 50, shaved head, with a brown Staffie dog');
  // And after a reload.
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('new_people')).toHaveValue('Unknown man, about 50, shaved head, with a brown Staffie dog');
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('Unknown man (about 50, shaved head, with a brown Staffie dog)');
});

test('a draft with only "New people" typed is kept too', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await page.getByTestId('diary-new').click();
  await page.getByTestId('new_people').fill('Woman with a clipboard');
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('new_people')).toHaveValue('Woman with a clipboard');
});
