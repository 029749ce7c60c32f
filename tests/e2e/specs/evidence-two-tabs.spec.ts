import { test, expect } from '@playwright/test';
import { Evidence, letter, photo } from '../support/evidence';

test('two tabs attaching files to the same entry at once lose nothing', async ({ context }) => {
  test.setTimeout(60_000);
  const a = new Evidence(await context.newPage());
  await a.diary.open();
  await a.diary.add({ date: '2026-11-28', what: 'Entry both tabs add files to' });
  const b = new Evidence(await context.newPage());
  await b.diary.open();
  await a.page.getByTestId('diary-list').click();
  for (const tab of [a, b]) {
    await tab.page.getByTestId('entry-list').getByRole('button').first().click();
    await tab.page.getByTestId('edit-entry').click();
  }
  await Promise.all([
    a.choose([photo('from-a.png', 21), letter('from tab a', 'a.txt')]),
    b.choose([photo('from-b.png', 22), letter('from tab b', 'b.txt')]),
  ]);
  await Promise.all([a.diary.save(), b.diary.save()]);
  for (const tab of [a, b]) await expect(tab.page.getByTestId('entry-detail')).toBeVisible();
  await a.page.reload();
  await a.diary.app.ready();
  // Saving showed the entry at its own address, so the reload opens it again.
  await expect(a.page.getByTestId('entry-detail')).toBeVisible();
  await expect(a.attached()).toHaveCount(4);
  for (const name of ['from-a.png', 'a.txt', 'from-b.png', 'b.txt']) {
    await expect(a.page.getByTestId('entry-detail')).toContainText(name);
  }
  expect((await a.storedFiles()).filter((f) => !f.id.endsWith('.thumb'))).toHaveLength(4);
});
