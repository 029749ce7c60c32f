import { test, expect, type Page } from '@playwright/test';
import { StandSafe } from '../support/app';
import { Lock } from '../support/lock';

// The service worker would answer the wasm from its cache, past the test's hold on it.
test.use({ serviceWorkers: 'block' });

const routes = ['/', '/guide', '/checklist', '/plans', '/profile', '/diary', '/diary/people', '/settings'];

/** The page as painted before the wasm runs (the wasm is held back). */
async function staticView(page: Page, path: string) {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(path);
  const h1 = await page.locator('#boot h1:visible').textContent();
  const lead = page.locator('#boot p.lead:visible');
  const leadText = (await lead.count()) ? await lead.textContent() : '';
  await page.unroute('**/*.wasm');
  return { h1, lead: leadText };
}

for (const path of routes) {
  test(`the first paint of ${path} shows the same heading and intro the app then draws`, async ({ page }) => {
    const first = await staticView(page, path);
    const app = new StandSafe(page);
    await app.open(path);
    const lead = page.locator('main p.lead').first();
    const leadText = (await page.locator('main p.lead').count()) ? (await lead.textContent())!.replace(/\s+/g, ' ').trim() : '';
    expect(first.h1).toBe(await page.locator('main h1').textContent());
    expect(first.lead).toBe(leadText);
  });
}

test('with the lock on, the first paint says it is locked and shows nothing else; the plain title is there at once', async ({ page }) => {
  const lock = new Lock(page);
  await lock.app.open('/settings');
  await page.getByTestId('plain-title').check();
  await lock.turnOn();
  const first = await staticView(page, '/diary');
  expect(first).toEqual({ h1: 'Stand Safe is locked', lead: '' });
  await expect(page).toHaveTitle('Notes');
});

test('the first paint\'s "Leave quickly" replaces the page too', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await page.goto('about:blank');
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/diary');
  await page.locator('#boot-leave').click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await page.goBack();
  await expect(page).not.toHaveURL(/\/diary/);
});

test('every bundle waits for the first paint before it fetches the wasm, and does not preload it', async ({ request }) => {
  for (const path of ['/', '/diary/', '/settings/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/rel="preload"[^>]*_bg\.wasm/);
    const loader = html.slice(html.indexOf('<script type="module">'));
    const waits = loader.indexOf('requestAnimationFrame');
    expect(waits, path).toBeGreaterThan(0);
    expect(loader.indexOf('await init('), path).toBeGreaterThan(waits);
  }
});
