import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

test('Settings says how much room Stand Safe uses and how much the browser allows it', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/settings');
  const { quota } = await page.evaluate(() => navigator.storage.estimate());
  const allowed = `${(quota! / 1024 ** 3).toFixed(1)} GB`;
  // A fresh profile uses far less than 1% of what the browser allows: said in words, not "(0%)".
  await expect(page.getByTestId('storage-estimate')).toHaveText(
    new RegExp(`^Stand Safe uses [\\d.]+ (bytes|KB|MB) of the ${allowed.replace('.', '\\.')} this browser allows it on this device \\(less than 1%\\)\\.$`),
  );
});
