import { test, expect } from '@playwright/test';
import { StandSafe, pages } from '../support/app';

for (const p of pages) {
  test(`opening ${p.path} directly shows its page`, async ({ page }) => {
    const app = new StandSafe(page);
    await app.open(p.path);
    await expect(app.heading()).toHaveText(p.heading);
    await expect(page).toHaveTitle(/Stand Safe/);
  });
}

test('a guide module opens directly by its address', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/police-contact');
  await expect(app.heading()).toHaveText('Your police contact');
});
