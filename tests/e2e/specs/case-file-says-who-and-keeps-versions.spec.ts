import { test, expect } from '@playwright/test';
import { CaseFile } from '../support/case-file';
import { Journey } from '../support/journey';

// Issue 15, item 5: the case file says who recorded it (from Your contacts, when given), and
// includes the earlier versions it says are kept, each with its own saved time, word for word.

test.use({ timezoneId: 'Europe/London' });

test('the case file says who recorded it, from the profile', async ({ page }) => {
  const j = new Journey(page);
  await j.answerOnHome({ role: 'agent', nation: 'england', election: 'local_council' });
  await j.app.open('/profile');
  await j.guide.fill('profile-name', 'Tom Agent');
  await j.guide.fill('own-phone', '07700 900111');
  const cf = new CaseFile(page);
  await cf.seed([{ id: 'e1', date: '2026-11-20', what: 'Shouted at me' }]);
  await cf.openAll();
  await expect(page.getByTestId('case-file-author')).toHaveText('Recorded by: Tom Agent (Election agent), phone 07700 900111.');
});

test('with no name given, the case file names no one', async ({ page }) => {
  const cf = new CaseFile(page);
  await cf.seed([{ id: 'e1', date: '2026-11-20', what: 'Shouted at me' }]);
  await cf.openAll();
  await expect(cf.view()).toContainText('1 entry.');
  await expect(page.getByTestId('case-file-author')).toHaveCount(0);
});

test('earlier versions are in the case file, each as saved, with its own time', async ({ page }) => {
  const cf = new CaseFile(page);
  // Written in summer (British Summer Time), edited in the winter.
  const summer = Date.parse('2026-07-01T09:15:00Z');
  await cf.seed([{
    id: 'e1', date: '2026-07-01', time: '10:05', createdMs: summer,
    what: 'Man at the stall said he knew where I live, and took photos of my car',
    history: [{ savedMs: summer, what: 'Man at the stall said he knew where I live' }],
  }]);
  await cf.openAll();
  await expect(cf.view()).toContainText('1 earlier version kept, shown below.');
  const version = page.getByTestId('case-version');
  await expect(version).toHaveCount(1);
  await expect(version).toContainText('Version 1 of 2, saved Wednesday 1 July 2026, 10:15');
  await expect(version.locator('dd', { hasText: 'Man at the stall' })).toHaveText('Man at the stall said he knew where I live');
  await expect(cf.view()).toContainText('Entry written Wednesday 1 July 2026, 10:15');
  expect(await cf.diary.app.axeViolations()).toEqual([]);
  // The entry's own page shows the summer time too, not today's offset.
  await page.getByTestId('diary-list').click();
  await page.getByTestId('open-entry').first().click();
  await expect(page.getByTestId('entry-detail')).toContainText('Written Wednesday 1 July 2026, 10:15');
});
