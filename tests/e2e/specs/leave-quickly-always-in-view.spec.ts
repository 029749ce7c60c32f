import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

// Issue 15, item 7: on a phone, "Leave quickly" and the 999 line stay on screen mid-entry.
test('Leave quickly and the 999 line stay in view while scrolling and typing a long entry on a phone', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await page.getByTestId('diary-new').click();
  // Far down the form, typing.
  await page.getByTestId('action_needed').fill('Ring the police contact on Monday');
  await expect(page.getByTestId('action_needed')).toBeInViewport();
  await expect(page.getByTestId('leave-quickly')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('emergency-line').getByRole('link', { name: 'Call 999' })).toBeInViewport({ ratio: 1 });
  // And at the very bottom of the page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByTestId('leave-quickly')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('emergency-line').getByRole('link', { name: 'Call 999' })).toBeInViewport({ ratio: 1 });
  // The field being typed in is not hidden under the bar.
  await page.getByTestId('what_happened').focus();
  await page.getByTestId('what_happened').fill('Typed with the bar on screen');
  const bar = await page.getByTestId('leave-quickly').boundingBox();
  const field = await page.getByTestId('what_happened').boundingBox();
  expect(field!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
});

test('without a lock, the diary says plainly that Back can bring the app back, and offers the lock', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Something to protect' });
  const offer = page.getByTestId('lock-offer');
  await expect(offer).toContainText('After Leave quickly, pressing Back does not bring Stand Safe back on screen. But the browser\'s history list');
  await expect(offer.getByRole('link', { name: /Set up a lock/ })).toBeVisible();
});
