import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';

// Issue 15, item 11: "Your contacts" is in the main menu and marked there while it is open (not
// Settings); the guide's steps that name Your contacts or the diary link to them.

test('Contacts is in the main menu, opens Your contacts without a page load, and is the item marked current', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await app.markDocument();
  await app.goTo('Contacts');
  await expect(page).toHaveURL('/profile');
  await expect(app.heading()).toHaveText('Your contacts');
  await expect(app.heading()).toBeFocused();
  await expect(app.nav().getByRole('link', { name: 'Contacts', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(app.nav().getByRole('link', { name: 'Settings', exact: true })).not.toHaveAttribute('aria-current', /.*/);
  expect(await app.sameDocument()).toBe(true);
  // Opened directly, too.
  await app.open('/profile');
  await expect(app.nav().getByRole('link', { name: 'Contacts', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(app.nav().getByRole('link', { name: 'Settings', exact: true })).not.toHaveAttribute('aria-current', /.*/);
  expect(await app.axeViolations()).toEqual([]);
});

test('a guide step that says "Open Your contacts" links there, and "Add it to the incident diary" opens a new entry', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await app.markDocument();
  const save = page.getByTestId('step-police-contact-save');
  const contacts = save.locator('.actions').getByRole('link', { name: 'Your contacts' });
  await expect(contacts).toHaveAttribute('href', '/profile#police-contact');
  await contacts.click();
  await expect(page).toHaveURL('/profile#police-contact');
  await expect(app.heading()).toHaveText('Your contacts');
  expect(await app.sameDocument()).toBe(true);

  await app.open('/guide/online-abuse');
  await app.markDocument();
  const diary = page.getByTestId('step-online-abuse-capture').getByRole('link', { name: 'incident diary' });
  await expect(diary).toHaveAttribute('href', '/diary/new');
  await diary.click();
  await expect(page).toHaveURL('/diary/new');
  await expect(page.getByTestId('incident-form')).toBeVisible();
  expect(await app.sameDocument()).toBe(true);
  // The words of the step are all still there, the link among them.
  await page.goBack();
  await expect(page.getByTestId('step-online-abuse-capture')).toContainText('Add it to the incident diary with the exact words.');
  expect(await app.axeViolations()).toEqual([]);
});
