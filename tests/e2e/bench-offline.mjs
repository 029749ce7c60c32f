// Offline repeat start (figures printed, not asserted): a first visit installs the service
// worker and opens each page once; then, with the network off, each page is opened again
// several times and timed from navigation start (performance.timeOrigin) until the wasm app has
// mounted and is interactive: the static first view #boot has gone and `main h1` exists.
// Headless Chromium against the release build on a static server; writes bench-results/offline.json.
//   node tests/e2e/bench-offline.mjs http://127.0.0.1:4174
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';

const base = (process.argv[2] || 'http://127.0.0.1:4174').replace(/\/$/, '');
const RUNS = Number(process.env.BENCH_RUNS || 10);
const pages = [{ name: 'home', path: '/' }, { name: 'diary', path: '/diary/' }];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
setTimeout(() => { console.error('offline benchmark: overall timeout'); process.exit(2); }, 240_000).unref();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const results = { runs: RUNS, definition: 'ms from navigation start until #boot is removed and main h1 exists, offline, served by the service worker', pages: {} };
try {
  const context = await browser.newContext();
  // Record, in every document, the moment the app has replaced the static first view.
  await context.addInitScript(() => {
    const done = () => !document.getElementById('boot') && document.querySelector('main h1');
    const observer = new MutationObserver(() => {
      if (window.__standsafeMountedMs === undefined && done()) {
        window.__standsafeMountedMs = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const mounted = async () => {
    await page.waitForFunction(() => window.__standsafeMountedMs !== undefined);
    return page.evaluate(() => window.__standsafeMountedMs);
  };

  // First visit, online: the service worker installs, precaches every file and takes control.
  await page.goto(base + '/');
  await mounted();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  const firstVisitMs = await page.evaluate(() => window.__standsafeMountedMs);
  // Each page opened once online, so that every offline start is a repeat start.
  await page.goto(base + '/diary/');
  await mounted();

  await context.setOffline(true);
  for (const { name, path } of pages) {
    const samples = [];
    for (let r = 0; r < RUNS; r++) {
      await page.goto(base + path, { waitUntil: 'commit' });
      const ms = await mounted();
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller != null);
      if (!controlled) throw new Error(`${path} was not served by the service worker`);
      samples.push(Math.round(ms * 10) / 10);
    }
    results.pages[name] = { path, medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), samplesMs: samples };
  }
  results.firstVisitOnlineMs = Math.round(firstVisitMs);
} finally {
  await browser.close();
}

console.log(`offline repeat start, ${RUNS} navigations each (ms from navigation start to mounted app):`);
for (const [name, p] of Object.entries(results.pages)) {
  console.log(`  ${name.padEnd(8)} median ${p.medianMs.toFixed(1).padStart(7)}   samples ${p.samplesMs.join(', ')}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/offline.json', JSON.stringify(results, null, 2));
