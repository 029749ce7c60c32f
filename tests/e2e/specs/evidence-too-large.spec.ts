import { test, expect } from '@playwright/test';
import { Evidence } from '../support/evidence';

test('a file over 25 MB is refused with a clear message, and the words and other files stay', async ({ page }) => {
  test.setTimeout(120_000); // a 25 MB file takes a while to hand to the browser
  const ev = new Evidence(page);
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-22', what: 'Long video of the van outside' });
  const big = { name: 'van.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 1) };
  await page.getByTestId('attach-file').setInputFiles([big]);
  await expect(ev.attachError()).toContainText('van.mp4');
  await expect(ev.attachError()).toContainText('files can be up to 25.0 MB');
  await expect(ev.pending()).toHaveCount(0);
  await expect(page.getByTestId('what_happened')).toHaveValue('Long video of the van outside');
  expect(await ev.storedFiles()).toEqual([]);
});
