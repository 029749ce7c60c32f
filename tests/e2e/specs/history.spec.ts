import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

test('Back and Forward move between pages', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await app.goTo('Guide');
  await expect(app.heading()).toHaveText('Safety guide');
  await app.goTo('Diary');
  await expect(app.heading()).toHaveText('Incident diary');
  await page.goBack();
  await expect(page).toHaveURL('/guide');
  await expect(app.heading()).toHaveText('Safety guide');
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(app.heading()).toHaveText('Stay safe while you campaign');
  await page.goForward();
  await expect(app.heading()).toHaveText('Safety guide');
});
