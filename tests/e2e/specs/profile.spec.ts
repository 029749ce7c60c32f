import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';

test('contacts are kept on the device and a mistyped phone number is explained, not lost', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/profile');
  await guide.fill('police-name', 'PC Alex Example');
  await guide.fill('police-phone', '+44 7700 900 123');
  await expect(page.locator('#police-phone-error')).toHaveCount(0);
  await guide.fill('buddy-phone', '07700 9OO123');
  await expect(page.locator('#buddy-phone-error')).toContainText('Use only digits');
  await expect(page.getByTestId('buddy-phone')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('police-name')).toHaveValue('PC Alex Example');
  await expect(page.getByTestId('police-phone')).toHaveValue('+44 7700 900 123');
  await expect(page.getByTestId('buddy-phone')).toHaveValue('07700 9OO123');
});
