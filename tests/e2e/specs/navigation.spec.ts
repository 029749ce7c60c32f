import { test, expect } from '@playwright/test';
import { StandSafe, pages } from '../support/app';

test('the main navigation reaches every page without a reload', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await page.evaluate(() => ((window as any).__sameDocument = true));
  for (const p of pages) {
    await app.goTo(p.nav);
    await expect(page).toHaveURL(p.path);
    await expect(app.heading()).toHaveText(p.heading);
    await expect(app.nav().getByRole('link', { name: p.nav, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  // Still the same document: navigation did not reload the app.
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
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
  const diary = app.nav().getByRole('link', { name: 'Diary', exact: true });
  for (let i = 0; i < 20 && !(await diary.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(diary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/diary');
  await expect(app.heading()).toHaveText('Incident diary');
  // Focus moves to the new page's heading so a screen reader announces it.
  await expect(app.heading()).toBeFocused();
});
