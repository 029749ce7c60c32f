import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

// Issue 15, item 2: saving says so, and a delete says where the entry went and can be undone.
test('"Entry saved" after saving, and "Deleted: undo" after a delete brings the entry back', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Poster defaced' });
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('delete-entry').click();
  const done = page.getByTestId('deleted-undo');
  await expect(done).toContainText('Deleted');
  await expect(done).toContainText('Recently deleted');
  await expect(page.getByTestId('entry-count')).toContainText('Showing 0 of 0');
  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('Poster defaced');
  await expect(page.getByTestId('deleted-undo')).toHaveCount(0);
  await page.reload();
  await diary.app.ready();
  await expect(diary.entries()).toHaveCount(1);
});
