import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

// Issue 15, item 13: the empty diary welcomes, with one way in, not search and filters over
// nothing; the form asks online questions only for online incidents, and the reverse, losing
// nothing typed when the answer changes.

test('an empty diary shows a short welcome and "Write your first entry", not the filters', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  const welcome = page.getByTestId('diary-welcome');
  await expect(welcome).toContainText('Nothing written yet');
  for (const id of ['search', 'filter-channel', 'filter-status', 'filter-person', 'filter-from', 'filter-to', 'entry-count']) {
    await expect(page.getByTestId(id), id).toHaveCount(0);
  }
  expect(await diary.app.axeViolations()).toEqual([]);
  await welcome.getByRole('link', { name: 'Write your first entry' }).click();
  await expect(page).toHaveURL('/diary/new');
  await expect(diary.form()).toBeVisible();
  await page.getByTestId('happened_date').fill('2026-12-02');
  await page.getByTestId('what_happened').fill('Poster torn down');
  await diary.save();
  await page.getByTestId('diary-list').click();
  // Once there is something to search, the search and filters are there.
  await expect(welcome).toHaveCount(0);
  await expect(page.getByTestId('search')).toBeVisible();
  await expect(diary.entries()).toHaveCount(1);
});

test('in person hides the online questions, online hides the place; nothing typed is lost either way', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await page.getByTestId('diary-new').click();
  const online = ['platform', 'link', 'found_date', 'found_time'];
  const channel = page.getByTestId('channel');
  await expect(channel).toHaveValue('in_person');
  for (const id of online) await expect(page.getByTestId(id), id).toBeHidden();
  await expect(page.getByTestId('place')).toBeVisible();
  expect(await diary.app.axeViolations()).toEqual([]);

  await page.getByTestId('place').fill('Outside the library');
  // Changing the answer by keyboard leaves focus on it (the form is not drawn again).
  await channel.focus();
  await page.keyboard.press('End');
  await expect(channel).toHaveValue('other');
  await expect(channel).toBeFocused();
  await channel.selectOption('social_media_or_dm');
  for (const id of online) await expect(page.getByTestId(id), id).toBeVisible();
  await expect(page.getByTestId('place')).toBeHidden();
  await page.getByTestId('platform').fill('A social media site');
  await page.getByTestId('link').fill('https://example.org/post/1');
  await page.getByTestId('what_happened').fill('Abusive reply to my post');
  expect(await diary.app.axeViolations()).toEqual([]);

  // Back to in person and online again: every word is where it was.
  await channel.selectOption('in_person');
  await expect(page.getByTestId('link')).toBeHidden();
  await expect(page.getByTestId('place')).toHaveValue('Outside the library');
  await channel.selectOption('social_media_or_dm');
  await expect(page.getByTestId('link')).toHaveValue('https://example.org/post/1');
  await channel.selectOption('in_person');
  // The draft keeps the hidden words too.
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(channel).toHaveValue('in_person');
  await expect(page.getByTestId('link')).toBeHidden();
  await channel.selectOption('social_media_or_dm');
  await expect(page.getByTestId('platform')).toHaveValue('A social media site');
  await expect(page.getByTestId('link')).toHaveValue('https://example.org/post/1');
  await expect(page.getByTestId('place')).toBeHidden();
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('https://example.org/post/1');
});
