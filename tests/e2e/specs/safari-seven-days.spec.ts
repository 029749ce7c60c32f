import { test, expect } from '@playwright/test';
import { Install, IPHONE_SAFARI } from '../support/install';
import { DiaryPage } from '../support/diary';
import { Lock } from '../support/lock';

test.use(IPHONE_SAFARI);

test('iPhone Safari: the diary warns of the seven-day deletion once it holds an entry, not before', async ({ page }) => {
  const install = new Install(page);
  const diary = new DiaryPage(page);
  await diary.open();
  await expect(page.getByTestId('diary-welcome')).toBeVisible();
  await expect(install.notice()).toHaveCount(0);
  await diary.add({ what: 'A man shouted at me outside the library.' });
  await expect(install.notice()).toContainText('Safari deletes this diary if you do not open Stand Safe for 7 days.');
  await expect(install.notice().getByTestId('ios-steps')).toContainText('Add to Home Screen');
  await expect(install.notice().getByRole('button', { name: 'Save a backup' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await install.app.axeViolations(), scheme).toEqual([]);
  }
  const download = page.waitForEvent('download');
  await install.notice().getByRole('button', { name: 'Save a backup' }).click();
  expect((await download).suggestedFilename()).toMatch(/^standsafe-backup-.*\.json$/);
  await expect(install.notice().getByRole('status')).toContainText('Backup saved with 1 entry');
});

test('iPhone Safari: Settings shows the same warning under storage, with the lock on, and nothing private', async ({ page }) => {
  const install = new Install(page);
  const lock = new Lock(page);
  await lock.turnOnWith([{ what: 'A private thing that happened.' }]);
  await lock.app.open('/settings');
  await lock.expectLocked();
  await expect(install.notice()).toHaveCount(0);
  await lock.unlock();
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(install.notice()).toContainText('Safari deletes this diary');
  await expect(page.getByTestId('storage-meaning')).toContainText('7 days');
  await expect(install.notice()).not.toContainText('private thing');
  expect(await install.app.axeViolations()).toEqual([]);
});
