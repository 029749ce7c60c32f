import { test, expect, type Page } from '@playwright/test';
import { DiaryPage } from '../support/diary';
import { Lock } from '../support/lock';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

/** The neutral site is answered locally: tests never leave this machine. */
async function fakeNeutralSite(page: Page) {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
}

test('Leave quickly replaces the page with a neutral site, and Back does not return to the diary', async ({ page }) => {
  await fakeNeutralSite(page);
  const diary = new DiaryPage(page);
  await page.goto('about:blank');
  await diary.open();
  await diary.add({ date: '2026-11-01', what: 'Private words' });
  await page.getByTestId('leave-quickly').click();
  await page.waitForURL(NEUTRAL);
  await expect(page.locator('h1')).toHaveText('Weather');
  await page.goBack();
  await expect(page).not.toHaveURL(/\/diary/);
});

test('Leave quickly locks the app when the lock is on', async ({ page }) => {
  await fakeNeutralSite(page);
  const lock = new Lock(page);
  await lock.lockedDiary([{ date: '2026-11-01', what: 'Private words' }]);
  await page.getByTestId('leave-quickly').click();
  await page.waitForURL(NEUTRAL);
  await page.goto('/diary');
  await lock.expectLocked();
});

test('Escape pressed three times leaves; once or twice does not', async ({ page }) => {
  await fakeNeutralSite(page);
  const diary = new DiaryPage(page);
  await diary.open();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/diary/);
  await page.keyboard.press('Escape');
  await page.waitForURL(NEUTRAL);
});

test('the plain window title option shows "Notes" on every page, the locked one too', async ({ page }) => {
  const lock = new Lock(page);
  await lock.app.open('/settings');
  await expect(page).toHaveTitle(/Stand Safe|Settings/);
  await page.getByTestId('plain-title').check();
  await expect(page).toHaveTitle('Notes');
  await lock.app.open('/diary');
  await expect(page).toHaveTitle('Notes');
  await lock.app.open('/');
  await expect(page).toHaveTitle('Notes');
  await lock.turnOn();
  await page.reload();
  await lock.expectLocked();
  await expect(page).toHaveTitle('Notes');
});
