import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

test('a full store is explained, the form keeps its text and saved entries are untouched', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Saved before the store filled' });
  await diary.saveIntoAFullStore();
  await diary.list();
  await expect(diary.entries()).toHaveCount(2);
});

test('corrupted stored data is kept aside, the user is told, and the rest still loads', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'A good entry' });
  await page.evaluate(() => localStorage.setItem('standsafe.diary.entry.broken1', '{"v":1,"data":{"id":'));
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('notices')).toContainText('could not be read');
  await diary.list();
  await expect(diary.entries()).toHaveCount(1);
  const kept = await page.evaluate(() => localStorage.getItem('standsafe.diary.entry.broken1.unreadable.1'));
  expect(kept).toBe('{"v":1,"data":{"id":');
  await diary.app.open('/settings');
  await expect(page.getByTestId('unreadable-count')).toContainText('1 piece');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-unreadable').click();
  expect((await download).suggestedFilename()).toContain('unreadable');
});

test('data from a newer version is left alone and never replaced by an empty diary', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  const future = '{"v":99,"data":{"id":"future1","something":"new"}}';
  await page.evaluate((f) => localStorage.setItem('standsafe.diary.entry.future1', f), future);
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('notices')).toContainText('newer version');
  await diary.write({ date: '2026-11-01', what: 'Typed in the old version' });
  await diary.save();
  await expect(page.getByTestId('form-error')).not.toBeEmpty();
  await expect(page.getByTestId('what_happened')).toHaveValue('Typed in the old version');
  expect(await page.evaluate(() => localStorage.getItem('standsafe.diary.entry.future1'))).toBe(future);
});

test('with site storage blocked the app says so plainly, is not locked, and typed words stay on the form', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const diary = new DiaryPage(page);
  await diary.open();
  await expect(page.locator('main h1')).toHaveText('Incident diary');
  await expect(page.getByTestId('notices')).toContainText('not letting Stand Safe keep anything');
  await diary.write({ date: '2026-11-01', what: 'Words that cannot be stored here' });
  await diary.save();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(page.getByTestId('what_happened')).toHaveValue('Words that cannot be stored here');
});
