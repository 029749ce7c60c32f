import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiaryPage } from '../support/diary';
import { Lock, PASSPHRASE } from '../support/lock';

test('an encrypted backup holds no plaintext and restores on a fresh device with the passphrase', async ({ page, browser }) => {
  const lock = new Lock(page);
  await lock.turnOnWith([{ date: '2026-11-01', what: 'Threat in the post, kept for police' }]);
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-encrypted').click();
  const file = join(mkdtempSync(join(tmpdir(), 'standsafe-sealed-')), 'backup.json');
  await (await dl).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('Threat in the post');
  expect(JSON.parse(text).standsafe_encrypted_backup).toBe(1);

  // Another device: a new browser context with nothing in it and no lock.
  const other = await browser.newContext();
  const fresh = new DiaryPage(await other.newPage());
  await fresh.app.open('/settings');
  await fresh.page.getByTestId('import-file').setInputFiles(file);
  await expect(fresh.page.getByTestId('import-passphrase-form')).toBeVisible();
  await fresh.page.getByTestId('import-passphrase').fill('a wrong passphrase here');
  await fresh.page.getByTestId('import-open').click();
  await expect(fresh.page.getByTestId('backup-message')).toContainText('not right');
  await expect(fresh.page.getByTestId('import-plan')).toHaveCount(0);
  await fresh.page.getByTestId('import-passphrase').fill(PASSPHRASE);
  await fresh.page.getByTestId('import-open').click();
  await expect(fresh.page.getByTestId('import-plan')).toContainText('holds 1 entry.');
  await fresh.page.getByTestId('import-merge').click();
  await expect(fresh.page.getByTestId('backup-message')).toContainText('1 entry restored');
  await fresh.open();
  await expect(fresh.entries().first()).toContainText('Threat in the post');
  await other.close();
});

test('two tabs with the lock on each see the other\'s entries, and both stay sealed', async ({ context }) => {
  const lockA = new Lock(await context.newPage());
  const a = await lockA.lockedDiary([{ date: '2026-11-01', what: 'First, before the lock' }]);
  const b = new DiaryPage(await context.newPage());
  await b.open();
  await new Lock(b.page).unlock();
  await a.add({ date: '2026-11-02', what: 'Entry from tab A' });
  await b.add({ date: '2026-11-03', what: 'Entry from tab B' });
  await a.list();
  await expect(a.entries()).toHaveCount(3);
  await b.list();
  await expect(b.entries()).toHaveCount(3);
  await expect.poll(() => lockA.keysContaining('Entry from tab')).toEqual([]);
});

test('a passphrase change in one tab locks the other, which never writes with the old key', async ({ context }) => {
  const a = new DiaryPage(await context.newPage());
  const lockA = new Lock(a.page);
  await a.open();
  await a.add({ date: '2026-11-01', what: 'Entry' });
  await lockA.turnOn();
  const b = new DiaryPage(await context.newPage());
  await b.open();
  await new Lock(b.page).unlock();
  await expect(b.entries()).toHaveCount(1);
  await a.page.getByTestId('lock-current').fill(PASSPHRASE);
  await a.page.getByTestId('lock-change-new').fill('a brand new long passphrase');
  await a.page.getByTestId('lock-change-again').fill('a brand new long passphrase');
  await a.page.getByTestId('lock-change').click();
  await expect(a.page.getByTestId('lock-message')).toContainText('changed');
  await new Lock(b.page).expectLocked();
  await new Lock(b.page).unlock('a brand new long passphrase');
  await expect(b.entries()).toHaveCount(1);
});

test('with the lock on, a full store is explained and the typed text stays', async ({ page }) => {
  const lock = new Lock(page);
  const diary = await lock.lockedDiary([{ date: '2026-11-01', what: 'Saved before the store filled' }]);
  await diary.saveIntoAFullStore();
  await page.reload();
  await lock.unlock();
  await diary.list();
  await expect(diary.entries()).toHaveCount(2);
});

test('a damaged sealed entry is kept aside and the others still open', async ({ page }) => {
  const lock = new Lock(page);
  const diary = await lock.turnOnWith([{ date: '2026-11-01', what: 'Entry one' }, { date: '2026-11-02', what: 'Entry two' }]);
  const damaged = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('standsafe.diary.entry.'))!;
    const v = localStorage.getItem(key)!;
    // Flip one character of the ciphertext: AES-GCM's tag check must refuse it.
    const i = v.length - 10;
    localStorage.setItem(key, v.slice(0, i) + (v[i] === 'A' ? 'B' : 'A') + v.slice(i + 1));
    return key;
  });
  await diary.open();
  await lock.unlock();
  await expect(diary.entries()).toHaveCount(1);
  await expect(page.getByTestId('notices')).toContainText('could not be read');
  const stored = await lock.stored();
  const side = Object.keys(stored).filter((k) => k.startsWith(`${damaged}.unreadable.`));
  expect(side).toHaveLength(1);
  expect(stored[side[0]]).toMatch(/^ssv1\./);
});
