import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';

test('answering as a local candidate changes the police-contact wording, and it is kept', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/');
  await expect(page.getByTestId('short-start')).toBeVisible();
  await expect(guide.policeScheme()).toContainText('depends on your election');
  await guide.answer('candidate', 'local_council', 'england');
  await expect(guide.policeScheme()).toContainText('Operation Ford');
  await page.getByTestId('start-done').click();
  await expect(page.getByTestId('short-start')).toHaveCount(0);
  await app.open('/guide/police-contact');
  await expect(guide.policeScheme()).toContainText('Operation Ford');
  await expect(guide.policeScheme()).not.toContainText('Operation Bridger');
  // Changeable in Settings; Scotland names Police Scotland's liaison officer.
  await app.open('/settings');
  await page.getByTestId('answer-nation').selectOption('scotland');
  await app.open('/guide/police-contact');
  await expect(guide.policeScheme()).toContainText('Police Scotland');
  await expect(guide.policeScheme()).toContainText('liaison officer');
});

test('the short start can be skipped', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await page.getByTestId('start-skip').click();
  await expect(page.getByTestId('short-start')).toHaveCount(0);
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('short-start')).toHaveCount(0);
});
