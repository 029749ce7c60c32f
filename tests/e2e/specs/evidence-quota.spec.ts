import { test, expect } from '@playwright/test';
import { Evidence, letter, png } from '../support/evidence';

// The service worker's precache (about 1 MB) would land in the quota at a moment of its own
// choosing; without it the site's usage holds still while the quota is set from it.
test.use({ serviceWorkers: 'block' });

test('a full store while attaching gives a clear message, keeps the words, and touches nothing stored', async ({ page, context }) => {
  const ev = new Evidence(page);
  await ev.diary.open();
  // A nearly full device: the site's quota held at what it uses now plus 400 KB, through
  // Chromium's override (which takes effect for IndexedDB only when set before its first use).
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 400 * 1024 });
  await ev.diary.write({ date: '2026-11-29', what: 'First entry with a small file' });
  await ev.choose([letter('small and kept', 'kept.txt')]);
  await ev.diary.save();
  await expect(ev.attached()).toHaveCount(1);
  const before = await ev.storedFiles();
  const entriesBefore = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('standsafe.diary.entry.')));

  await ev.diary.write({ date: '2026-11-30', what: 'These words must not be lost' });
  await page.getByTestId('attach-file').setInputFiles([{ name: 'big-photo.png', mimeType: 'image/png', buffer: png(700, 700, true) }]);
  await expect(ev.attachError()).toContainText('storage for Stand Safe is full');
  await expect(ev.attachError()).toContainText('big-photo.png');
  await expect(page.getByTestId('what_happened')).toHaveValue('These words must not be lost');
  await expect(ev.pending()).toHaveCount(0);
  // Nothing half-written, nothing stored changed.
  expect(await ev.storedFiles()).toEqual(before);
  const entriesAfter = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('standsafe.diary.entry.')));
  expect(entriesAfter).toEqual(entriesBefore);
  // The entry itself (its words, in localStorage) still saves.
  await ev.diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('These words must not be lost');
});
