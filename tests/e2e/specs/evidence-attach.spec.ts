import { test, expect } from '@playwright/test';
import { Evidence, letter, photo, sha256 } from '../support/evidence';

test('files chosen on the form are kept with the entry, fingerprinted, thumbnailed, and survive a reload byte for byte', async ({ page }) => {
  const ev = new Evidence(page);
  const image = photo('gate-damage.png');
  const text = letter('Dear candidate, we know where you live.', 'letter.txt');
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-20', what: 'Gate kicked in overnight; letter left on the mat' });
  await expect(page.getByTestId('location-note')).toContainText('Photos often carry the place they were taken');
  await ev.choose([image, text]);
  await ev.diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('Gate kicked in');
  await expect(ev.attached()).toHaveCount(2);
  // The fingerprint shown is the SHA-256 of the file's bytes, computed here in Node.
  expect(await ev.fingerprints()).toEqual([sha256(image.buffer), sha256(text.buffer)]);
  await expect(ev.attached().first()).toContainText('gate-damage.png · image/png');
  await expect(ev.attached().nth(1)).toContainText('letter.txt · text/plain · 39 bytes');
  // A thumbnail made on the device, for the image only.
  const thumb = ev.attached().first().getByTestId('attachment-thumb');
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(ev.attached().nth(1).getByTestId('attachment-thumb')).toHaveCount(0);

  await page.reload();
  await ev.diary.app.ready();
  // Saving showed the entry at its own address, so the reload opens it again.
  await expect(page.getByTestId('entry-detail')).toBeVisible();
  await expect(ev.attached()).toHaveCount(2);
  expect(await ev.fingerprints()).toEqual([sha256(image.buffer), sha256(text.buffer)]);
  // The originals come back exactly as attached.
  expect((await ev.saveCopy('gate-damage.png')).equals(image.buffer)).toBe(true);
  expect((await ev.saveCopy('letter.txt')).equals(text.buffer)).toBe(true);
});
