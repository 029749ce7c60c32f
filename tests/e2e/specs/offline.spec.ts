import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StandSafe } from '../support/app';
import { DeployedCopy } from '../support/server';
import { GuidePages } from '../support/guide';
import { DiaryPage } from '../support/diary';

async function waitForServiceWorker(page: import('@playwright/test').Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 15_000 });
}

test('after one visit the app opens offline, deep links included, and keeps what is typed', async ({ page, context }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/diary');
  await app.ready();
  await expect(app.heading()).toHaveText('Incident diary');
  const diary = new DiaryPage(page);
  await diary.add({ date: '2026-11-20', what: 'Written with no signal' });
  await page.reload();
  await app.ready();
  await diary.list();
  await expect(diary.entries()).toHaveCount(1);
  await expect(diary.entries().first()).toContainText('Written with no signal');
  await app.open('/profile');
  await guide.fill('police-name', 'Offline Officer');
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('police-name')).toHaveValue('Offline Officer');
  await app.open('/guide/police-contact');
  await expect(app.heading()).toHaveText('Your police contact');
});

test('a new release shows a calm update banner and reloading brings it in with data intact', async ({ browser }) => {
  const deploy = new DeployedCopy(4300 + test.info().workerIndex);
  await deploy.start();
  const context = await browser.newContext({ baseURL: deploy.url });
  const page = await context.newPage();
  try {
    const app = new StandSafe(page);
    const guide = new GuidePages(page);
    await app.open('/profile');
    await waitForServiceWorker(page);
    await guide.fill('police-name', 'Kept Across Updates');
    const diary = new DiaryPage(page);
    await diary.open();
    await diary.add({ date: '2026-11-21', what: 'Entry kept across the update' });
    await app.open('/profile');
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
    // Deploy a changed release: new page text and a new service-worker cache version.
    const index = join(deploy.dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('Loading Stand Safe…', 'Loading Stand Safe (new release)…'));
    const sw = join(deploy.dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('police-name')).toHaveValue('Kept Across Updates');
    await page.getByTestId('update-reload').click();
    await page.waitForFunction(() => document.documentElement.innerHTML.length > 0 && performance.getEntriesByType('navigation').length > 0);
    await expect.poll(async () => (await page.request.get('/sw.js')).text()).toContain('-next');
    await page.waitForLoadState('load');
    await app.ready();
    const cached = await page.evaluate(async () => (await caches.keys()).join(','));
    expect(cached).toContain('-next');
    expect(cached.split(',').length).toBe(1);
    await expect(page.getByTestId('police-name')).toHaveValue('Kept Across Updates');
    await diary.open();
    await expect(diary.entries()).toHaveCount(1);
    await expect(diary.entries().first()).toContainText('Entry kept across the update');
  } finally {
    await context.close();
    deploy.stop();
  }
});
