import { test, expect } from '@playwright/test';
import { Lock } from '../support/lock';

// Issue 15, item 3: the auto-lock closing while an entry is being typed must not panic. A real
// idle wait (no simulated clock), with the caret still in the text box when the lock closes.
test('auto-lock while writing, after a real minute idle, logs no error and keeps every word', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const lock = new Lock(page);
  const diary = await lock.lockedDiary([]);
  await lock.app.open('/settings');
  await lock.unlock();
  await page.getByTestId('lock-idle').selectOption('1');
  await diary.open();
  await lock.unlock();
  await page.getByTestId('diary-new').click();
  await page.getByTestId('new_people').fill('Man in a grey hoodie');
  await page.getByTestId('what_happened').click();
  await page.keyboard.type('He waited by the gate and said he knew where I live');
  // The caret stays in "What happened"; nothing is touched for over a minute.
  await expect(page.getByTestId('what_happened')).toBeFocused();
  await expect(lock.unlockScreen()).toBeVisible({ timeout: 100_000 });
  await lock.expectLocked();
  await page.waitForTimeout(6_000);
  expect(errors.filter((e) => /disposed|unreachable|panicked|RuntimeError/i.test(e))).toEqual([]);
  await lock.unlock();
  await expect(page.getByTestId('what_happened')).toHaveValue('He waited by the gate and said he knew where I live');
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('he knew where I live');
  expect(errors.filter((e) => /disposed|unreachable|panicked|RuntimeError/i.test(e))).toEqual([]);
});
