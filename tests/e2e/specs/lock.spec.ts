import { test, expect } from '@playwright/test';
import { DiaryPage } from '../support/diary';
import { Lock, PASSPHRASE } from '../support/lock';

const SECRET_WORDS = 'Blue van outside the count centre';
const POLICE_NAME = 'Sergeant Okonkwo';

test('lock on: nothing private is left readable; reload is locked; unlock brings it all back', async ({ page }) => {
  const diary = new DiaryPage(page);
  const lock = new Lock(page);
  await diary.open();
  await diary.add({ date: '2026-11-01', what: SECRET_WORDS, words: 'we know where you live' });
  await diary.app.open('/profile');
  await page.getByTestId('police-name').fill(POLICE_NAME);
  await page.getByTestId('police-name').blur();
  expect(await lock.keysContaining(POLICE_NAME)).not.toEqual([]);

  await lock.turnOn();
  // Every key and value in the store, scanned for the entry's words and the contact's name.
  await expect.poll(() => lock.keysContaining(SECRET_WORDS)).toEqual([]);
  expect(await lock.keysContaining('we know where you live')).toEqual([]);
  expect(await lock.keysContaining(POLICE_NAME)).toEqual([]);
  const stored = await lock.stored();
  const header = JSON.parse(stored['standsafe.lock']);
  expect(header.data.iterations).toBeGreaterThanOrEqual(600000);
  expect(header.data.kdf).toBe('PBKDF2-HMAC-SHA-256');
  const entryKeys = Object.keys(stored).filter((k) => k.startsWith('standsafe.diary.entry.'));
  expect(entryKeys.length).toBe(1);
  for (const k of entryKeys) expect(stored[k]).toMatch(/^ssv1\./);
  expect(stored['standsafe.profile']).toMatch(/^ssv1\./);

  await page.reload();
  await lock.expectLocked();
  await expect(page.getByText(SECRET_WORDS)).toHaveCount(0);
  await expect(page).toHaveTitle('Stand Safe');
  await lock.unlock();
  await expect(page.locator('main h1')).toHaveText('Settings');
  await diary.open();
  await lock.expectLocked();
  await lock.unlock();
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText(SECRET_WORDS);
  // A new entry with the lock open is stored sealed too.
  await diary.add({ date: '2026-11-02', what: 'Second entry, written while locked at rest' });
  await expect.poll(() => lock.keysContaining('Second entry')).toEqual([]);
  await page.reload();
  await lock.unlock();
  await diary.list();
  await expect(diary.entries()).toHaveCount(2);
});

test('a wrong passphrase says so and changes nothing; five in a row make the next try wait, even after a reload', async ({ page }) => {
  const lock = new Lock(page);
  await lock.turnOnWith([{ date: '2026-11-01', what: SECRET_WORDS }]);
  await page.reload();
  const before = await lock.stored();
  await lock.unlock('not the passphrase');
  await expect(page.getByTestId('unlock-error')).toContainText('not right');
  await lock.expectLocked();
  const after = await lock.stored();
  delete after['standsafe.lock.attempts'];
  delete before['standsafe.lock.attempts'];
  expect(after).toEqual(before);
  for (let i = 0; i < 4; i++) {
    await lock.unlock(`wrong ${i} passphrase`);
    await expect(page.getByTestId('unlock-passphrase')).toHaveValue('');
  }
  await expect(page.getByTestId('unlock-wait')).toContainText('try again in');
  await expect(page.getByTestId('unlock')).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId('unlock-wait')).toContainText('try again in');
  await expect(page.getByTestId('unlock')).toBeDisabled();
});

test('change the passphrase, then turn the lock off: the data stays and opens with the new one', async ({ page }) => {
  const lock = new Lock(page);
  const diary = await lock.turnOnWith([{ date: '2026-11-01', what: SECRET_WORDS }]);
  const newPass = 'seven green bottles on a wall';
  await page.getByTestId('lock-current').fill(PASSPHRASE);
  await page.getByTestId('lock-change-new').fill(newPass);
  await page.getByTestId('lock-change-again').fill(newPass);
  await page.getByTestId('lock-change').click();
  await expect(page.getByTestId('lock-message')).toContainText('changed');
  await page.reload();
  await lock.unlock(PASSPHRASE);
  await expect(page.getByTestId('unlock-error')).toContainText('not right');
  await lock.unlock(newPass);
  await expect(page.locator('main h1')).toHaveText('Settings');
  await page.getByTestId('lock-off-passphrase').fill(newPass);
  await page.getByTestId('lock-turn-off').click();
  await expect(page.getByTestId('lock-message')).toContainText('The lock is off');
  const stored = await lock.stored();
  expect(stored['standsafe.lock']).toBeUndefined();
  expect(Object.values(stored).some((v) => v.startsWith('ssv1.'))).toBe(false);
  await diary.open();
  await expect(diary.entries().first()).toContainText(SECRET_WORDS);
});

test('the diary offers the lock after the first entry', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await expect(page.getByTestId('lock-offer')).toHaveCount(0);
  await diary.add({ date: '2026-11-01', what: 'First entry' });
  await diary.list();
  await expect(page.getByTestId('lock-offer')).toBeVisible();
  await page.getByTestId('lock-offer-later').click();
  await expect(page.getByTestId('lock-offer')).toHaveCount(0);
  await page.reload();
  await diary.app.ready();
  await expect(page.getByTestId('lock-offer')).toHaveCount(0);
});
