import { test, expect } from '@playwright/test';
import { Install, MAC_SAFARI } from '../support/install';

test.use(MAC_SAFARI);

test('Mac Safari: the seven-day notice says to add Stand Safe to the Dock, never to a Home Screen', async ({ page }) => {
  const install = new Install(page);
  await install.app.open('/settings');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(install.notice()).toContainText('Safari deletes this diary if you do not open Stand Safe for 7 days.');
  await expect(install.notice()).toContainText('Add it to your Dock, or save a backup.');
  await expect(install.notice()).toContainText('Add to Dock');
  await expect(install.notice()).not.toContainText('Home Screen');
  await expect(page.getByTestId('storage-meaning')).toContainText('add Stand Safe to your Dock');
  expect(await install.app.axeViolations()).toEqual([]);
});
