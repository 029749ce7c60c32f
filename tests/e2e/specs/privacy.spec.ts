import { test, expect } from '@playwright/test';
import { StandSafe, pages } from '../support/app';

test('every request stays on the app origin, with no CSP violations and no console errors', async ({ page, baseURL, context }) => {
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const app = new StandSafe(page);
  for (const p of [...pages.map((x) => x.path), '/profile', '/guide/police-contact', '/no-such-page']) {
    await app.open(p);
  }
  await app.open('/checklist');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 15_000 });
  await context.setOffline(true);
  await app.open('/diary');
  await context.setOffline(false);
  expect(offOrigin).toEqual([]);
  expect(problems).toEqual([]);
});

test('the page carries a strict CSP and a no-referrer policy', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(html).toContain('<meta name="referrer" content="no-referrer">');
  expect(html).toMatch(/integrity="sha384-/);
});
