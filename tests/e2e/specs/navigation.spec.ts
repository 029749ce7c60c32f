import { test, expect } from '@playwright/test';
import { StandSafe, pages } from '../support/app';

test('the main navigation reaches every page', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  for (const p of pages) {
    await app.goTo(p.nav);
    await expect(page).toHaveURL(p.path);
    await app.ready();
    await expect(app.heading()).toHaveText(p.heading);
    await expect(app.nav().getByRole('link', { name: p.nav, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('every page opens without reloading the app', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await app.markDocument();
  for (const name of ['Guide', 'Checklist', 'Plans', 'Diary', 'Settings', 'Home'] as const) {
    await app.goTo(name);
    await expect(app.heading()).toBeVisible();
  }
  await page.locator('main').getByRole('link', { name: 'Your checklist' }).click();
  await expect(app.heading()).toHaveText('Safety checklist');
  await page.goBack();
  await expect(app.heading()).toHaveText('Stay safe while you campaign');
  expect(await app.sameDocument()).toBe(true);
});

test('the 999 line is on every page', async ({ page }) => {
  const app = new StandSafe(page);
  for (const p of pages) {
    await app.open(p.path);
    await expect(app.emergencyLine()).toContainText('In danger now?');
    await expect(app.emergencyLine().getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  }
});

test('navigation works with the keyboard alone', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  const tabTo = async (name: string) => {
    const link = app.nav().getByRole('link', { name, exact: true });
    for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await tabTo('Guide');
  await expect(page).toHaveURL('/guide');
  // Focus moves to the new page's heading so a screen reader announces it.
  await expect(app.heading()).toHaveText('Safety guide');
  await expect(app.heading()).toBeFocused();
  await tabTo('Diary');
  await expect(page).toHaveURL('/diary');
  await app.ready();
  await expect(app.heading()).toHaveText('Incident diary');
});
