import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

test('two tabs adding and editing at once keep every entry', async ({ context }) => {
  const a = new DiaryPage(await context.newPage());
  const b = new DiaryPage(await context.newPage());
  await a.open();
  await b.open();
  await a.add({ date: '2026-11-01', what: 'Entry from tab A' });
  await b.add({ date: '2026-11-02', what: 'Entry from tab B' });
  // Each tab hears of the other's write.
  await a.list();
  await expect(a.entries()).toHaveCount(2);
  await b.list();
  await expect(b.entries()).toHaveCount(2);
  // Both edit the same entry: the later edit wins, the other is kept as history.
  await a.entries().filter({ hasText: 'tab A' }).getByTestId('open-entry').click();
  await b.entries().filter({ hasText: 'tab A' }).getByTestId('open-entry').click();
  await a.page.getByTestId('edit-entry').click();
  await b.page.getByTestId('edit-entry').click();
  await a.page.getByTestId('what_happened').fill('Edited in tab A');
  await b.page.getByTestId('what_happened').fill('Edited in tab B');
  await a.save();
  await b.save();
  const fresh = new DiaryPage(await context.newPage());
  await fresh.open();
  await expect(fresh.entries()).toHaveCount(2);
  await fresh.entries().filter({ hasText: 'Edited in tab B' }).getByTestId('open-entry').click();
  await fresh.page.getByTestId('show-history').click();
  await expect(fresh.page.getByTestId('history')).toContainText('Edited in tab A');
  await expect(fresh.page.getByTestId('history')).toContainText('Entry from tab A');
});
