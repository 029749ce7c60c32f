import { test, expect } from '@playwright/test';
import { GuidePages } from '../support/guide';
import { PlansPage } from '../support/plans';

// Issue 15, item 9: the "buddy" is a safety contact who is not with you, said so everywhere the
// user sees it; the plan warns when the same name is also in "who is with you".

test.use({ timezoneId: 'Europe/London' });

test('the safety contact is called so on every page, and the word buddy is gone', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await expect(page.getByRole('group', { name: 'Your safety contact' })).toContainText('not going out with you');
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await expect(page.getByTestId('buddy-sms')).toHaveText('Text my safety contact');
  for (const path of ['/profile', '/plans', '/', '/checklist', '/settings']) {
    await plans.app.open(path);
    expect(await page.locator('body').innerText(), path).not.toMatch(/buddy/i);
  }
  await page.clock.setFixedTime(new Date('2026-11-24T13:15:00Z'));
  await plans.app.open('/');
  await expect(page.getByTestId('overdue-notice')).toContainText('tell your safety contact');
  await expect(page.getByTestId('message-buddy')).toHaveText('Message my safety contact');
  expect(await page.locator('body').innerText()).not.toMatch(/buddy/i);
});

test('the plan warns, beside the field, when the safety contact is also going', async ({ page }) => {
  const plans = new PlansPage(page);
  const guide = new GuidePages(page);
  await plans.app.open('/profile');
  await guide.fill('buddy-name', 'Maya Shah');
  await plans.app.open('/plans');
  await page.getByTestId('plan-with').fill('Sam');
  await expect(page.getByTestId('safety-contact-with-you')).toHaveCount(0);
  await page.getByTestId('plan-with').fill('Sam and maya shah');
  await expect(page.getByTestId('safety-contact-with-you')).toContainText('Maya Shah is your safety contact. A safety contact should be someone who is not with you');
  expect(await plans.app.axeViolations()).toEqual([]);
  // Only a warning: the plan still saves.
  await page.getByTestId('plan-date').fill('2030-01-02');
  await page.getByTestId('plan-start').fill('10:00');
  await page.getByTestId('plan-finish').fill('11:00');
  await page.getByTestId('plan-area').fill('Market');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-card').first()).toContainText('Market');
});
