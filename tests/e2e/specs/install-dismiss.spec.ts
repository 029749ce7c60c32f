import { test, expect } from '@playwright/test';
import { Install, IPHONE_SAFARI } from '../support/install';

test.use(IPHONE_SAFARI);

test('"Not now" hides the install offer after a reload, on Home and in Settings; Safari\'s data warning stays', async ({ page }) => {
  const install = new Install(page);
  await install.app.open('/');
  await expect(install.offer()).toBeVisible();
  await install.dismiss();
  await expect(install.offer()).toHaveCount(0);
  await page.reload();
  await install.app.ready();
  await expect(page.getByTestId('home-actions')).toBeVisible();
  await expect(install.offer()).toHaveCount(0);
  await install.app.goTo('Settings');
  await expect(install.storageStatus()).toBeVisible();
  await expect(install.offer()).toHaveCount(0);
  await expect(install.notice()).toBeVisible();
});
