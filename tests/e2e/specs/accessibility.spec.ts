import { test, expect } from '@playwright/test';
import { StandSafe, pages } from '../support/app';
import { Lock, PASSPHRASE } from '../support/lock';

const extra = [{ path: '/guide/accounts' }, { path: '/plans' }, { path: '/no-such-page' },
  { path: '/diary/new' }, { path: '/diary/people' }, { path: '/diary/deleted' }, { path: '/diary/case-file' }];

for (const p of [...pages, ...extra]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 A/AA violations on ${p.path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = new StandSafe(page);
      await app.open(p.path);
      expect(await app.axeViolations()).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the lock settings and the unlock screen (${scheme}); unlocking works by keyboard`, async ({ page }) => {
    // Turning the lock on and unlocking each derive a key (PBKDF2, 600,000 rounds): slow on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const lock = new Lock(page);
    await lock.app.open('/settings');
    await page.getByTestId('lock-new').fill('short');
    await expect(page.getByTestId('lock-strength')).toContainText('Too short');
    expect(await lock.app.axeViolations()).toEqual([]);
    await lock.turnOn();
    expect(await lock.app.axeViolations()).toEqual([]);
    await page.reload();
    await lock.expectLocked();
    expect(await lock.app.axeViolations()).toEqual([]);
    await page.getByTestId('unlock-passphrase').focus();
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('Settings');
  });
}

test('at 400% zoom (320px wide) nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const app = new StandSafe(page);
  for (const p of pages) {
    await app.open(p.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p.path).toBeLessThanOrEqual(0);
  }
});

test('the static first view carries the header, the 999 line and a noscript message', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('In danger now?');
  expect(html).toContain('href="tel:999"');
  expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
});
