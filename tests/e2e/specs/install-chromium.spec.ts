import { test, expect } from '@playwright/test';
import { Install } from '../support/install';

test('Chromium: the install button appears once the browser offers its prompt, even before the app runs, and uses it', async ({ page }) => {
  const install = new Install(page);
  await install.offerPrompt({ early: true });
  await install.app.open('/');
  await expect(install.button()).toBeVisible();
  expect(await install.app.axeViolations()).toEqual([]);
  await install.button().click();
  expect(await install.promptCalls()).toBe(1);
  await expect(install.offer()).toHaveCount(0);
});

test('Chromium: without the browser\'s prompt there is no offer; one that comes later shows the button in Settings too', async ({ page }) => {
  const install = new Install(page);
  await install.app.open('/');
  await expect(install.offer()).toHaveCount(0);
  await install.app.goTo('Settings');
  await expect(install.offer()).toHaveCount(0);
  await install.offerPrompt();
  await expect(install.button()).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await install.app.axeViolations()).toEqual([]);
});

test('Chromium: once installed (standalone display mode) there is no offer, and Settings says it is installed', async ({ page }) => {
  const install = new Install(page);
  await install.runInstalled();
  await install.offerPrompt({ early: true });
  await install.app.open('/');
  await expect(page.getByTestId('home-actions')).toBeVisible();
  await expect(install.offer()).toHaveCount(0);
  await install.app.goTo('Settings');
  await expect(install.storageStatus()).toContainText('Installed as an app: yes.');
  await expect(install.offer()).toHaveCount(0);
});
