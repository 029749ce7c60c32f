import { test, expect } from '@playwright/test';
import { Lock } from '../support/lock';

// One app: once unlocked, moving between pages never asks for the passphrase again, until the
// user (or auto-lock, or Leave quickly) closes it.
const route = [
  { nav: 'Settings', heading: 'Settings' },
  { nav: 'Diary', heading: 'Incident diary' },
  { nav: 'Plans', heading: 'Campaign-day plans' },
  { nav: 'Diary', heading: 'Incident diary' },
  { nav: 'Guide', heading: 'Safety guide' },
  { nav: 'Checklist', heading: 'Safety checklist' },
  { nav: 'Home', heading: 'Stay safe while you campaign' },
] as const;

test('after unlocking, every page opens without asking for the passphrase again', async ({ page }) => {
  const lock = new Lock(page);
  const diary = await lock.turnOnWith([{ date: '2026-11-03', what: 'Shouted at by a man at the stall' }]);
  await lock.app.open('/');
  await lock.expectLocked();
  await lock.unlock();
  await expect(lock.app.heading()).toHaveText('Stay safe while you campaign');
  await lock.app.markDocument();

  for (const step of route) {
    await lock.app.goTo(step.nav);
    await expect(lock.app.heading()).toHaveText(step.heading);
    await expect(lock.unlockScreen()).toHaveCount(0);
    if (step.nav === 'Diary') await expect(diary.entries()).toHaveCount(1);
  }
  // Back and Forward move between pages without asking either.
  await page.goBack();
  await expect(lock.app.heading()).toHaveText('Safety checklist');
  await page.goForward();
  await expect(lock.app.heading()).toHaveText('Stay safe while you campaign');
  await expect(lock.unlockScreen()).toHaveCount(0);
  expect(await lock.app.sameDocument()).toBe(true);

  // "Lock now" still closes it, and the next page asks again.
  await lock.app.goTo('Settings');
  await page.getByTestId('lock-now').click();
  await lock.expectLocked();
  await lock.app.goTo('Diary');
  await lock.expectLocked();
  await expect(page.getByText('Shouted at by a man at the stall')).toHaveCount(0);
});
