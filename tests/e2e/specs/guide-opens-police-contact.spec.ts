import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

// Issue 15, item 5 (walkthrough): a guide link to Your contacts that is about the police contact
// opens the page at its police contact section, focused and in view, not at the top.

test.use({ viewport: { width: 390, height: 844 } });

test('"Your contacts" in the police contact step opens Your contacts at the police contact section', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await app.markDocument();
  const contacts = page.getByTestId('step-police-contact-save').locator('.actions').getByRole('link', { name: 'Your contacts' });
  await expect(contacts).toHaveAttribute('href', '/profile#police-contact');
  await contacts.click();
  await expect(page).toHaveURL('/profile#police-contact');
  const police = page.locator('fieldset#police-contact');
  await expect(police).toBeFocused();
  await expect(police).toBeInViewport();
  await expect(police.locator('legend')).toHaveText('Police contact');
  expect(await app.sameDocument()).toBe(true);
  expect(await app.axeViolations()).toEqual([]);
});

test('"Save your police contact\'s details" opens the police contact section too; the menu opens the page at the top', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await page.getByRole('link', { name: "Save your police contact's details" }).click();
  await expect(page).toHaveURL('/profile#police-contact');
  await expect(page.locator('fieldset#police-contact')).toBeFocused();
  await app.goTo('Guide');
  await app.goTo('Contacts');
  await expect(page).toHaveURL('/profile');
  await expect(app.heading()).toBeFocused();
});
