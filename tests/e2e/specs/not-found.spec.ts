import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

test('an unknown address shows a calm not-found page with a way home', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/no-such-page');
  await expect(page.getByTestId('not-found')).toHaveText('Page not found');
  await expect(page.locator('main')).toContainText('/no-such-page');
  await page.locator('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(app.heading()).toHaveText('Stay safe while you campaign');
});

test('an unknown guide module is not found too', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/not-a-module');
  await expect(page.getByTestId('not-found')).toBeVisible();
});
