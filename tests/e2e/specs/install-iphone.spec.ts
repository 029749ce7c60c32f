import { test, expect } from '@playwright/test';
import { Install, IPHONE_SAFARI } from '../support/install';

test.use(IPHONE_SAFARI);

for (const scheme of ['light', 'dark'] as const) {
  test(`iPhone Safari: Home shows the steps to add Stand Safe to the Home Screen, with the reason (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const install = new Install(page);
    await install.app.open('/');
    await expect(install.offer()).toContainText('Safari will also not delete your diary');
    await expect(install.steps()).toContainText('Share');
    await expect(install.steps()).toContainText('Add to Home Screen');
    await expect(install.button()).toHaveCount(0);
    expect(await install.app.axeViolations()).toEqual([]);
  });
}
