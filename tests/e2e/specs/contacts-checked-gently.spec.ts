import { test, expect } from '@playwright/test';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';
import { PlansPage } from '../support/plans';

// Issue 15, item 8: a UK number of the wrong length or an email without a proper domain is
// flagged beside the field in plain words, and kept exactly as typed; no text is offered to a
// landline; a test text checks the safety contact's number.

test.use({ timezoneId: 'Europe/London' });

test('a number of the wrong length and an email with no proper domain are flagged, and kept as typed', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/profile');
  await guide.fill('buddy-phone', '0770 0900 78');
  await expect(page.locator('#buddy-phone-error')).toContainText('This number looks too short – check it');
  await expect(page.getByTestId('buddy-phone')).toHaveAttribute('aria-describedby', 'buddy-phone-error');
  await guide.fill('police-phone', '+44 141 496 0321 5');
  await expect(page.locator('#police-phone-error')).toContainText('This number looks too long – check it');
  await guide.fill('police-email', 'morag.campbell@scotland');
  await expect(page.locator('#police-email-error')).toContainText('looks incomplete');
  await expect(page.getByTestId('police-email')).toHaveAttribute('aria-describedby', 'police-email-error');
  expect(await app.axeViolations()).toEqual([]);
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('buddy-phone')).toHaveValue('0770 0900 78');
  await expect(page.getByTestId('police-phone')).toHaveValue('+44 141 496 0321 5');
  await expect(page.getByTestId('police-email')).toHaveValue('morag.campbell@scotland');
  // Put right, the flags go.
  await guide.fill('buddy-phone', '07700 900078');
  await expect(page.locator('#buddy-phone-error')).toHaveCount(0);
});

test('a landline is offered a call, never a text; a mobile is offered a test text', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00Z'));
  const plans = new PlansPage(page);
  const guide = new GuidePages(page);
  await plans.app.open('/profile');
  await guide.fill('police-phone', '0141 496 0321');
  await guide.fill('buddy-phone', '01632 960 002');
  await expect(page.getByTestId('test-text')).toHaveCount(0);
  await expect(page.getByTestId('landline-note')).toBeVisible();
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await expect(page.getByTestId('police-sms')).toHaveCount(0);
  await expect(page.getByTestId('police-call')).toHaveAttribute('href', 'tel:01414960321');
  await expect(page.getByTestId('buddy-sms')).toHaveCount(0);
  await expect(page.getByTestId('buddy-call')).toHaveAttribute('href', 'tel:01632960002');
  // A mobile: texts are offered, and a test text checks the number.
  await plans.app.open('/profile');
  await guide.fill('buddy-phone', '07700 900078');
  const test = page.getByTestId('test-text');
  await expect(test).toHaveText('Send a test text to your safety contact');
  const href = (await test.getAttribute('href'))!;
  expect(href).toMatch(/^sms:07700900078\?body=/);
  expect(decodeURIComponent(href.split('body=')[1])).toContain('Please reply so I know this number works.');
  expect(await plans.app.axeViolations()).toEqual([]);
  await plans.app.open('/plans');
  await expect(page.getByTestId('buddy-sms')).toHaveAttribute('href', /^sms:07700900078\?body=/);
});

test('an email missing its ".uk", with a space or with nothing before or after the @ is flagged, and kept as typed', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/profile');
  await guide.fill('police-email', 'morag.campbell@scotland.police');
  await expect(page.locator('#police-email-error')).toHaveText('This email address may be missing “.uk” at the end – check it.');
  await expect(page.getByTestId('police-email')).toHaveAttribute('aria-describedby', 'police-email-error');
  await expect(page.getByTestId('police-email')).toHaveAttribute('aria-invalid', 'true');
  await guide.fill('party-email', 'sam campbell@party.org.uk');
  await expect(page.locator('#party-email-error')).toHaveText('This email address has a space in it – check it.');
  await guide.fill('buddy-email', '@example.org');
  await expect(page.locator('#buddy-email-error')).toHaveText('This email address is missing the part before the @ – check it.');
  expect(await app.axeViolations()).toEqual([]);
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('police-email')).toHaveValue('morag.campbell@scotland.police');
  await expect(page.getByTestId('party-email')).toHaveValue('sam campbell@party.org.uk');
  await guide.fill('buddy-email', 'jo.bloggs@');
  await expect(page.locator('#buddy-email-error')).toHaveText('This email address is missing the part after the @ – check it.');
  // Ordinary addresses are not flagged.
  for (const [field, address] of [['police-email', 'b@met.police.uk'], ['party-email', 'a@party.org.uk'], ['buddy-email', 'name@gmail.com'], ['buddy-email', 'x@example.org']]) {
    await guide.fill(field, address);
    await expect(page.locator(`#${field}-error`)).toHaveCount(0);
  }
});
