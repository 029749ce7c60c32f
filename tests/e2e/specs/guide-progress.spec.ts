import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';

test('a ticked step stays ticked after a reload, and Home shows the progress', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/guide/accounts');
  const first = page.locator('[data-testid^="tick-"]').first();
  const testId = await first.getAttribute('data-testid');
  await expect(first).not.toBeChecked();
  await first.check();
  await expect(page.getByTestId('progress-accounts')).toContainText(/^\s*1 of \d+ done/);
  await page.reload();
  await app.ready();
  await expect(page.getByTestId(testId!)).toBeChecked();
  await app.goTo('Home');
  await expect(page.getByTestId('overall-progress')).toContainText(/1 of \d+ steps done/);
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  // Unticking is kept too.
  await app.open('/guide/accounts');
  await page.getByTestId(testId!).uncheck();
  await page.reload();
  await app.ready();
  await expect(page.getByTestId(testId!)).not.toBeChecked();
  void guide;
});

test('the guide can be worked through with the keyboard alone', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide');
  const link = page.getByRole('link', { name: 'Canvassing and campaigning' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Canvassing and campaigning');
  const box = page.locator('[data-testid^="tick-"]').first();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  const next = page.getByRole('link', { name: /^Next: / });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Public meetings, hustings and surgeries');
});

test('every step names its source', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/post');
  const steps = page.locator('article.step');
  const n = await steps.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(steps.nth(i).locator('.source')).toContainText('Source: ');
});
