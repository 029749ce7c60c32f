import { test, expect } from '@playwright/test';
import { PlansPage } from '../support/plans';

test.use({ timezoneId: 'Europe/London' });

test('a plan with a safety contact gives ready-written sms, email and copy targets', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road & Oak St', meeting: 'Corner shop', with: 'Sam, Priya' });
  await expect(page.getByTestId('alone-warning')).toBeVisible(); // the form is blank again after saving
  const message = await page.getByTestId('police-message').innerText();
  for (const part of ['door knocking', 'Tuesday 24 November', 'from 10:00 until 12:30', 'Elm Road & Oak St', 'Corner shop', 'With: Sam, Priya.', 'My phone: 07700 900111.']) {
    expect(message).toContain(part);
  }
  // The police contact's number is a landline: a call, not a text (issue 15, item 8).
  await expect(page.getByTestId('police-sms')).toHaveCount(0);
  await expect(page.getByTestId('police-call')).toHaveAttribute('href', 'tel:01632960001');
  const mail = await page.getByTestId('police-mail').getAttribute('href');
  expect(mail).toMatch(/^mailto:pc\.example@police\.example\.uk\?subject=/);
  expect(decodeURIComponent(mail!.split('body=')[1])).toBe(message);
  const buddyMessage = await page.getByTestId('buddy-message').innerText();
  expect(await page.getByTestId('buddy-sms').getAttribute('href')).toMatch(/^sms:\+447700900222\?body=/);
  await page.getByTestId('buddy-copy').click();
  await expect(page.getByTestId('buddy-copy-status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(buddyMessage);
});

test('planning alone shows the warning and the advice but is allowed', async ({ page }) => {
  const plans = new PlansPage(page);
  await plans.app.open('/plans');
  await expect(page.getByTestId('alone-warning')).toContainText('Canvass in pairs or groups. If anyone is ever alone');
  await page.getByTestId('plan-with').fill('Sam');
  await expect(page.getByTestId('alone-warning')).toHaveCount(0);
  await page.getByTestId('plan-with').fill('');
  await plans.plan({ date: '2030-01-02', start: '10:00', finish: '11:00', area: 'Market' });
  await expect(page.getByTestId('plan-card').first()).toContainText('Planned on your own');
});

test('while a session runs Home shows the finish time, and checking in ends it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await plans.app.open('/');
  await expect(page.getByTestId('checkin-finish')).toContainText('planned to finish at 12:30');
  await expect(page.getByTestId('overdue-notice')).toHaveCount(0);
  await page.getByTestId('checkin-safe').click();
  await expect(page.getByTestId('checkin')).toHaveCount(0);
  await page.reload();
  await plans.app.ready();
  await expect(page.getByTestId('checkin')).toHaveCount(0);
});

test('past the finish time Home shows an overdue notice with one tap to message the buddy', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.contacts();
  await plans.plan({ date: '2026-11-24', start: '10:00', finish: '12:30', area: 'Elm Road', with: 'Sam' });
  await page.clock.setFixedTime(new Date('2026-11-24T13:15:00Z'));
  await plans.app.open('/');
  await expect(page.getByTestId('overdue-notice')).toBeVisible();
  const href = await page.getByTestId('message-buddy').getAttribute('href');
  expect(href).toMatch(/^sms:\+447700900222\?body=/);
  expect(decodeURIComponent(href!.split('body=')[1])).toContain('I have not checked in');
});

test('a past plan starts a diary entry with its date, place and people', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  const plans = new PlansPage(page);
  await plans.plan({ date: '2026-11-20', start: '18:00', finish: '19:00', area: 'Town hall', with: 'Sam, Priya', kind: 'hustings' });
  await page.getByTestId('plan-to-diary').click();
  await expect(page).toHaveURL('/diary/new');
  await plans.app.ready();
  await expect(page.getByTestId('happened_date')).toHaveValue('2026-11-20');
  await expect(page.getByTestId('happened_time')).toHaveValue('18:00');
  await expect(page.getByTestId('place')).toHaveValue('Town hall');
  await expect(page.getByTestId('witnesses')).toHaveValue('Sam\nPriya');
});

test('a mistaken plan can be removed, and stays removed', async ({ page }) => {
  const plans = new PlansPage(page);
  await plans.plan({ date: '2030-03-01', start: '09:00', finish: '10:00', area: 'Wrong street', with: 'Sam' });
  await plans.plan({ date: '2030-03-02', start: '09:00', finish: '10:00', area: 'Right street', with: 'Sam' });
  await expect(page.getByTestId('plan-card')).toHaveCount(2);
  await page.getByTestId('plan-card').filter({ hasText: 'Wrong street' }).getByTestId('plan-remove').click();
  await page.getByTestId('plan-card').filter({ hasText: 'Wrong street' }).getByTestId('plan-remove-confirm').click();
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  await page.reload();
  await plans.app.ready();
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  await expect(page.getByTestId('plan-card')).toContainText('Right street');
});

test('with no plans, "Your plans" says there are none yet, until one is saved', async ({ page }) => {
  const plans = new PlansPage(page);
  await plans.app.open('/plans');
  await expect(page.getByTestId('no-plans')).toHaveText('No plans yet. A plan you save appears here, ready to send.');
  await plans.plan({ date: '2030-03-02', start: '09:00', finish: '10:00', area: 'Elm Road', with: 'Sam' });
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  await expect(page.getByTestId('no-plans')).toHaveCount(0);
});
