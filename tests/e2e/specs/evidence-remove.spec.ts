import { test, expect } from '@playwright/test';
import { Evidence, letter, photo } from '../support/evidence';

test('a removed file waits in recently deleted, can come back, and leaves the device only when the list is emptied', async ({ page }) => {
  const ev = new Evidence(page);
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-20', what: 'Entry with two files' });
  await ev.choose([photo('keep.png'), letter('remove me later', 'remove.txt')]);
  await ev.diary.save();
  await page.getByRole('button', { name: 'Remove remove.txt' }).click();
  await expect(ev.attached()).toHaveCount(1);
  await expect(page.getByTestId('diary-status')).toContainText('Recently deleted');
  await page.getByTestId('diary-deleted').click();
  await expect(page.getByTestId('removed-file')).toContainText('remove.txt');
  // Still on the device until the list is emptied: three records (two files, one thumbnail).
  expect(await ev.storedFiles()).toHaveLength(3);
  await page.getByRole('button', { name: 'Restore remove.txt' }).click();
  await expect(page.getByTestId('removed-file')).toHaveCount(0);
  await page.getByTestId('diary-list').click();
  await page.getByTestId('entry-list').getByRole('button').first().click();
  await expect(ev.attached()).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove remove.txt' }).click();
  await page.getByTestId('diary-deleted').click();
  await page.getByTestId('empty-deleted').click();
  await page.getByTestId('empty-deleted-confirm').click();
  await expect(page.getByTestId('removed-file')).toHaveCount(0);
  await expect.poll(async () => (await ev.storedFiles()).length).toBe(2);
  await page.reload();
  await ev.diary.app.ready();
  // The reload stays in Recently deleted (its own address): go to the list first.
  await page.getByTestId('diary-list').click();
  await page.getByTestId('entry-list').getByRole('button').first().click();
  await expect(ev.attached()).toHaveCount(1);
  await expect(page.getByTestId('entry-detail')).not.toContainText('remove.txt');
});
