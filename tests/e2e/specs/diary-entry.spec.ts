import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

test('write an entry, edit it, see the earlier version, delete and restore it', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-20', time: '19:40', place: 'Market Street', what: 'A man shouted at me while canvassing.', words: '"We know where you live"' });
  await expect(page.getByTestId('entry-detail')).toContainText('We know where you live');
  await page.getByTestId('edit-entry').click();
  await page.getByTestId('what_happened').fill('A man in a grey hoodie shouted at me while canvassing.');
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('grey hoodie');
  await page.getByTestId('show-history').click();
  await expect(page.getByTestId('history')).toContainText('A man shouted at me while canvassing.');
  await page.reload();
  await diary.app.ready();
  await diary.list();
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('grey hoodie');
  await diary.entries().first().getByTestId('open-entry').click();
  await page.getByTestId('delete-entry').click();
  await expect(diary.entries()).toHaveCount(0);
  await page.getByTestId('diary-deleted').click();
  await page.getByTestId('restore-entry').click();
  await diary.list();
  await expect(diary.entries()).toHaveCount(1);
});

test('a missing description is explained and what was typed stays', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.write({ what: '', words: 'exact words typed first', place: 'Town hall' });
  await page.getByTestId('happened_date').fill('');
  await diary.save();
  await expect(page.getByTestId('form-error')).toContainText('Nothing you typed has been lost');
  await expect(page.locator('#what_happened-error')).toBeVisible();
  await expect(page.getByTestId('exact_words')).toHaveValue('exact words typed first');
  // The draft survives a reload too.
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('exact_words')).toHaveValue('exact words typed first');
});

test('search and filters narrow the list, newest first', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-10-01', what: 'Leaflet defaced with a slur', place: 'High Street' });
  await diary.add({ date: '2026-11-02', what: 'Threatening email about the hustings' });
  await diary.list();
  await expect(diary.entries()).toHaveCount(2);
  await expect(diary.entries().first()).toContainText('Monday 2 November 2026');
  await page.getByTestId('search').fill('hustings');
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('Threatening email');
  await page.getByTestId('search').fill('high street');
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('Leaflet');
});

test('people link incidents and the people view says when they may be harassment', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Followed me to my car', people: 'Man in red van, tall, beard' });
  await page.getByTestId('diary-new').click();
  await page.getByTestId('what_happened').fill('Same man shouted outside the office');
  await page.getByText('Man in red van').click();
  await diary.save();
  await page.getByTestId('diary-people').click();
  const group = page.getByTestId('person-group');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('2 incidents');
  await expect(group).toContainText('may be harassment');
});

test('the list can be filtered by person', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Unrelated incident' });
  await diary.add({ date: '2026-11-02', what: 'Incident with a named person', people: '@angry_account, online only' });
  await diary.list();
  await expect(diary.entries()).toHaveCount(2);
  // The filter shows each person's description, so two people with one name can be told apart.
  await page.getByTestId('filter-person').selectOption({ label: '@angry_account, online only, seen 2 Nov' });
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('named person');
});
