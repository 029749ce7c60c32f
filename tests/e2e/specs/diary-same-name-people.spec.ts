import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

// Issue 15, item 1: two people who share a name are never merged unless the user says so.
test('a new person with a name already in the diary is asked about, and kept apart unless the user says they are the same', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-05T12:00:00Z') });
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Shouted at me at the stall', people: 'Unknown man, about 50, red jacket' });

  // Same name, different person: the app asks, showing who is already in the diary.
  await diary.write({ date: '2026-12-03', what: 'Rode past and threw a leaflet', people: 'Unknown man, teenager on a bike' });
  await diary.save();
  const question = diary.samePersonQuestion();
  await expect(question).toBeVisible();
  await expect(question).toContainText('Unknown man, teenager on a bike');
  await expect(question).toContainText('Same person as: Unknown man, about 50, red jacket, seen 2 Dec?');
  await expect(page.getByTestId('entry-detail')).toHaveCount(0);
  await diary.answerSamePerson(/someone else/);
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('Unknown man (teenager on a bike)');
  await expect(page.getByTestId('entry-detail')).not.toContainText('red jacket');

  // Two people, one entry each: no "may be harassment" link the user did not make.
  await page.getByTestId('diary-people').click();
  await expect(page.getByTestId('person-group')).toHaveCount(2);
  await expect(page.getByTestId('person-group').filter({ hasText: 'teenager on a bike' })).toContainText('1 incident');

  // The user links a third entry to the first man deliberately; what they typed is kept.
  await diary.write({ date: '2026-12-04', what: 'Back at the stall', people: 'unknown man, same red jacket' });
  await diary.save();
  await expect(diary.samePersonQuestion()).toContainText('seen 3 Dec');
  await diary.answerSamePerson(/Same person as: Unknown man, about 50, red jacket/);
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('about 50, red jacket');
  await expect(page.getByTestId('entry-detail')).toContainText('same red jacket');
  await page.getByTestId('diary-people').click();
  await expect(page.getByTestId('person-group')).toHaveCount(2);
  await expect(page.getByTestId('person-group').filter({ hasText: 'about 50' })).toContainText('2 incident');
});

test('a new name is added as a new person without a question', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Email', people: '@angry_voter, anonymous account' });
  await diary.write({ date: '2026-12-03', what: 'Letter', people: 'Unknown woman, long grey coat' });
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('Unknown woman (long grey coat)');
  await expect(diary.samePersonQuestion()).toHaveCount(0);
});
