import { test, expect } from '@playwright/test';
import { Evidence, letter, photo, sha256 } from '../support/evidence';

test('the case file lists every attached file with its fingerprint and prints image thumbnails beside the entry', async ({ page }) => {
  const ev = new Evidence(page);
  const image = photo('window.png', 3);
  const text = letter('Second letter, same handwriting.', 'second-letter.txt');
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-23', what: 'Window smashed at the office' });
  await ev.choose([image, text]);
  await ev.diary.save();
  await page.getByTestId('diary-case-file').click();
  const caseFile = page.getByTestId('case-file');
  await expect(caseFile).toContainText(`attached file window.png · image/png`);
  await expect(caseFile).toContainText(`SHA-256 ${sha256(image.buffer)}`);
  await expect(caseFile).toContainText(`SHA-256 ${sha256(text.buffer)}`);
  const thumb = caseFile.locator('.case-incident').getByTestId('attachment-thumb');
  await expect(thumb).toHaveCount(1);
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
