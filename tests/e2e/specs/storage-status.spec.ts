import { test, expect } from '@playwright/test';
import { Install } from '../support/install';

test('Settings says whether the app is installed, whether the browser keeps its data, the last backup and what that means', async ({ page }) => {
  const install = new Install(page);
  await install.app.open('/settings');
  const status = install.storageStatus();
  await expect(status).toContainText('Installed as an app: no');
  await expect(status).toContainText('Kept when the device runs low on space:');
  await expect(status).toContainText('Last backup: none yet.');
  await expect(page.getByTestId('storage-meaning')).not.toBeEmpty();
  await expect(install.notice()).toHaveCount(0);
  expect(await install.app.axeViolations()).toEqual([]);
});
