import { test, expect } from '@playwright/test';
import { PlansPage } from '../support/plans';

test.use({ timezoneId: 'Europe/London' });

// Issue 16, item 6: check-ins that reach a person.

test('the plans page says the app cannot raise the alarm, and the messages say what to do', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam', kind: 'street_stall' });
  await expect(page.getByTestId('no-alarm')).toContainText('Stand Safe cannot raise the alarm by itself');
  const buddy = await page.getByTestId('buddy-message').first().innerText();
  expect(buddy).toContain('I will be running a street stall on Tuesday 24 November, from 10:00 until 12:30.');
  expect(buddy).toContain('If you have not heard from me by then, call me. If I do not answer, call my agent or party contact. If you fear for me, call 999.');
  expect(buddy).not.toContain('2026-11-24');
  const police = await page.getByTestId('police-message').first().innerText();
  expect(police.toLowerCase()).not.toContain('check in');
  // The police contact's number is a landline, so the message goes by email (issue 15, item 8).
  expect(decodeURIComponent((await page.getByTestId('police-mail').first().getAttribute('href'))!.split('body=')[1])).toBe(police);
  expect(decodeURIComponent((await page.getByTestId('buddy-sms').first().getAttribute('href'))!.split('body=')[1])).toBe(buddy);
  await expect(page.getByTestId('plan-card').first()).toContainText('Tuesday 24 November');
});

test("I'm done, safe offers the ready-written message for the buddy", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await plans.app.open('/');
  await page.getByTestId('checkin-safe').click();
  await expect(page.getByTestId('checked-in')).toContainText('Checked in at 10:30');
  const message = await page.getByTestId('finished-message').innerText();
  expect(message).toBe('I have finished door knocking at Elm Road and I am safe, as of 10:30. No need to check on me.');
  const sms = await page.getByTestId('finished-sms').getAttribute('href');
  expect(sms).toMatch(/^sms:\+447700900222\?body=/);
  expect(decodeURIComponent(sms!.split('body=')[1])).toBe(message);
  await page.getByTestId('finished-copy').click();
  await expect(page.getByTestId('finished-copy-status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
});

test('the overdue message is grammatical with a name', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await plans.app.open('/profile');
  await plans.page.getByTestId('profile-name').fill('Priya Nair');
  await plans.page.getByTestId('profile-name').press('Tab');
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await page.clock.setFixedTime(new Date('2026-11-24T13:15:00Z'));
  await plans.app.open('/');
  const href = await page.getByTestId('message-buddy').getAttribute('href');
  expect(decodeURIComponent(href!.split('body=')[1])).toBe('This is Priya Nair. I planned to finish door knocking at Elm Road by 12:30 on Tuesday 24 November, and I have not checked in. Please call me now. If I do not answer, call my agent or party contact. If you fear for me, call 999.');
});
