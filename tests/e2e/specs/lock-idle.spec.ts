import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';
import { Lock } from '../support/lock';

/** Choose the idle time in Settings, then go back to the diary and unlock it again. */
async function setIdleMinutes(lock: Lock, diary: DiaryPage, minutes: string) {
  await lock.app.open('/settings');
  await lock.unlock();
  await lock.page.getByTestId('lock-idle').selectOption(minutes);
  await diary.open();
  await lock.unlock();
}

test('with a 1-minute idle time the lock closes after a minute without use, and the page is cleared', async ({ page }) => {
  await page.clock.install();
  const lock = new Lock(page);
  const diary = await lock.lockedDiary([{ date: '2026-11-01', what: 'Words that must not stay on screen' }]);
  await setIdleMinutes(lock, diary, '1');
  // Activity keeps it open.
  await page.clock.fastForward('00:40');
  await page.mouse.click(5, 300);
  await page.clock.fastForward('00:40');
  await expect(diary.entries()).toHaveCount(1);
  // A minute without use closes it, and nothing of the diary is left in the page.
  await page.clock.fastForward('01:10');
  await lock.expectLocked();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('body')).not.toContainText('Words that must not stay');
});

test('the default idle time is 5 minutes, and a page hidden that long is locked when shown', async ({ page }) => {
  await page.clock.install();
  const lock = new Lock(page);
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Hidden then shown' });
  await lock.turnOn();
  await expect(page.getByTestId('lock-idle')).toHaveValue('5');
  await page.clock.fastForward('04:00');
  await expect(page.getByTestId('lock-is-on')).toBeVisible();
  // Hidden for longer than the idle time: locked as soon as it is shown again.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await page.clock.setSystemTime(Date.now() + 6 * 60_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await lock.expectLocked();
});

test('an entry and an edit being typed when the lock closes come back after unlocking', async ({ page }) => {
  await page.clock.install();
  const lock = new Lock(page);
  const diary = await lock.lockedDiary([{ date: '2026-11-01', what: 'The original words' }]);
  await setIdleMinutes(lock, diary, '1');
  await diary.entries().first().getByTestId('open-entry').click();
  await page.getByTestId('edit-entry').click();
  await page.getByTestId('what_happened').fill('The original words, and more typed before the lock');
  await page.clock.fastForward('01:10');
  await lock.expectLocked();
  await expect.poll(() => lock.keysContaining('typed before the lock')).toEqual([]);
  await lock.unlock();
  await expect(page.getByTestId('what_happened')).toHaveValue('The original words, and more typed before the lock');
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toContainText('typed before the lock');
  // Saved: the edit's draft is gone, so a reload shows the saved entry, not the form.
  await page.reload();
  await lock.unlock();
  await expect(page.getByTestId('incident-form')).toHaveCount(0);
  await diary.list();
  await expect(diary.entries()).toHaveCount(1);
  await expect(page.getByTestId('incident-form')).toHaveCount(0);
  // A new entry being typed comes back too.
  await page.getByTestId('diary-new').click();
  await page.getByTestId('what_happened').fill('A new entry not yet saved');
  await page.clock.fastForward('01:10');
  await lock.expectLocked();
  await lock.unlock();
  await expect(page.getByTestId('what_happened')).toHaveValue('A new entry not yet saved');
});
