import { test, expect } from '@playwright/test';
import { Evidence, photo, sha256 } from '../support/evidence';

test('a screenshot pasted into the form is attached, and the words typed stay as they were', async ({ page }) => {
  const ev = new Evidence(page);
  const shot = photo('Screenshot 2026-11-21 at 21.15.png', 7);
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-21', what: 'Post calling for me to be "dealt with"' });
  await ev.paste(shot);
  await expect(page.getByTestId('what_happened')).toHaveValue('Post calling for me to be "dealt with"');
  await ev.diary.save();
  await expect(ev.attached()).toHaveCount(1);
  expect(await ev.fingerprints()).toEqual([sha256(shot.buffer)]);
  await expect(ev.attached().getByTestId('attachment-thumb')).toBeVisible();
});
