import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

// Issue 15, item 5 (walkthrough): Your contacts opened from a guide step's link offers the way
// back to that step; opened any other way (menu, address bar, reload, Back/Forward) it does not.

test('Your contacts opened from a guide step links back to that step, which opens focused', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await app.markDocument();
  await page.getByTestId('step-police-contact-save').locator('.actions').getByRole('link', { name: 'Your contacts' }).click();
  await expect(page).toHaveURL('/profile#police-contact');
  const back = page.getByTestId('back-to-guide');
  await expect(back).toHaveText('Back to the guide: Your police contact');
  await expect(back).toHaveAttribute('href', '/guide/police-contact#police-contact-save');
  expect(await app.axeViolations()).toEqual([]);
  await back.click();
  await expect(page).toHaveURL('/guide/police-contact#police-contact-save');
  await expect(page.getByTestId('step-police-contact-save').locator('h2')).toBeFocused();
  expect(await app.sameDocument()).toBe(true);
});

test('Your contacts opened from the menu, the address bar, a reload or Back and Forward has no way back to the guide', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await page.getByRole('link', { name: "Save your police contact's details" }).click();
  await expect(page.getByTestId('back-to-guide')).toHaveAttribute('href', '/guide/police-contact');
  await page.reload();
  await app.ready();
  await expect(app.heading()).toHaveText('Your contacts');
  await expect(page.getByTestId('back-to-guide')).toHaveCount(0);

  await app.open('/guide/police-contact');
  await page.getByTestId('step-police-contact-save').locator('.actions').getByRole('link', { name: 'Your contacts' }).click();
  await expect(page.getByTestId('back-to-guide')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('step-police-contact-save')).toBeVisible();
  await page.goForward();
  await expect(app.heading()).toHaveText('Your contacts');
  await expect(page.getByTestId('back-to-guide')).toHaveCount(0);

  await app.goTo('Guide');
  await app.goTo('Contacts');
  await expect(app.heading()).toHaveText('Your contacts');
  await expect(page.getByTestId('back-to-guide')).toHaveCount(0);
  await app.open('/profile');
  await expect(page.getByTestId('back-to-guide')).toHaveCount(0);
});
