// Diary benchmark (figures printed, not asserted): 5,000 generated realistic entries, then
// start to interactive, one search keystroke, one save and a full export, median of several
// runs each, in headless Chromium against the release build on a static server; and the memory
// after a start with 5,000 entries: the JS heap after a forced garbage collection (CDP) and the
// size of the wasm linear memory (from the exports Trunk's loader hands to its
// `TrunkApplicationStarted` event). Writes bench-results/diary.json.
//   node tests/e2e/bench-diary.mjs http://127.0.0.1:4174
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';

const base = process.argv[2] || 'http://127.0.0.1:4174';
const N = 5000;
const RUNS = Number(process.env.BENCH_RUNS || 10);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
setTimeout(() => { console.error('diary benchmark: overall timeout'); process.exit(2); }, 480_000).unref();

/** Realistic entries in the stored envelope format, one key each. */
function seedScript(n) {
  return (count) => {
    const places = ['High Street', 'Market Square', 'Station Road', 'Town hall car park', 'Library', 'Church Lane'];
    const words = ['threat', 'shouted', 'leaflet', 'email', 'post', 'followed', 'photo', 'van', 'hustings', 'canvassing'];
    const channels = ['in_person', 'phone', 'letter_or_post', 'email', 'social_media_or_dm', 'property_damage', 'through_someone_else', 'other'];
    localStorage.clear();
    const day = 86400000;
    for (let i = 0; i < count; i++) {
      const t = Date.UTC(2026, 0, 1) + (i % 320) * day + i * 1000;
      const d = new Date(t).toISOString();
      const what = `Entry ${i}: a man ${words[i % 10]} near ${places[i % 6]}. ` + 'He said things I wrote down straight away. '.repeat(1 + (i % 4));
      const fields = {
        happened_date: d.slice(0, 10), happened_time: d.slice(11, 16), time_approx: i % 3 === 0, found_date: '', found_time: '',
        place: places[i % 6], platform: '', link: '', channel: channels[i % 8], what_happened: what,
        exact_words: `"you will ${words[(i + 3) % 10]}" (${i})`, people: [], witnesses: [], evidence: ['Photo on phone'],
        effect: 'Worried', injury_damage_loss: '', reports: [], status: ['open', 'reported', 'closed'][i % 3], action_needed: '',
      };
      const id = `bench-${i.toString(36)}`;
      const inc = { id, created_ms: t, edited_ms: t, deleted_ms: null, current: fields, history: [] };
      localStorage.setItem(`standsafe.diary.entry.${id}`, JSON.stringify({ v: 1, data: inc }));
    }
    localStorage.setItem('standsafe.diary.people', JSON.stringify({ v: 1, data: [] }));
  };
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const results = { entries: N, runs: RUNS, startMs: [], emptyStartMs: [], keystrokeMs: [], saveMs: [], saveRoundTripMs: [], exportCsvMs: [], exportJsonMs: [] };

const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
// Keep the wasm exports (they hold the linear memory) that Trunk's loader passes to its event.
await context.addInitScript(() => {
  addEventListener('TrunkApplicationStarted', (e) => { window.__standsafeWasm = e.detail?.wasm; });
});
const page = await context.newPage();
page.setDefaultTimeout(60_000);
await page.goto(base + '/diary');
// Start over an empty diary.
for (let r = 0; r < RUNS; r++) {
  await page.evaluate(() => localStorage.clear());
  const t0 = Date.now();
  await page.goto(base + '/diary');
  // An empty diary shows its welcome (since issue 15), where earlier builds showed the count.
  await page.locator('[data-testid=diary-welcome], [data-testid=entry-count]').first().waitFor();
  results.emptyStartMs.push(Date.now() - t0);
}
await page.evaluate(seedScript(N), N);
for (let r = 0; r < RUNS; r++) {
  const t0 = Date.now();
  await page.goto(base + '/diary');
  await page.waitForFunction((n) => document.querySelector('[data-testid=entry-count]')?.textContent?.includes(`of ${n} entries`), N);
  results.startMs.push(Date.now() - t0);
}
// Memory after the start with 5,000 entries: JS heap after a forced GC, and wasm linear memory.
const cdp = await context.newCDPSession(page);
await page.waitForFunction(() => window.__standsafeWasm?.memory instanceof WebAssembly.Memory, null, { timeout: 10_000 }).catch(() => {});
await cdp.send('HeapProfiler.collectGarbage');
const heapUsage = await cdp.send('Runtime.getHeapUsage');
const wasmMemoryBytes = await page.evaluate(() => window.__standsafeWasm?.memory?.buffer?.byteLength ?? null);
await cdp.detach();
results.memoryAfterStart = {
  jsHeapUsedBytes: heapUsage.usedSize,
  jsHeapTotalBytes: heapUsage.totalSize,
  wasmMemoryBytes,
  totalBytes: wasmMemoryBytes == null ? null : heapUsage.usedSize + wasmMemoryBytes,
};
for (let r = 0; r < RUNS; r++) {
  await page.getByTestId('search').fill('');
  await page.waitForFunction((n) => document.querySelector('[data-testid=entry-count]')?.textContent?.startsWith(`Showing ${n} `), N);
  // One keystroke: time from the input event until the list has been updated.
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const input = document.querySelector('[data-testid=search]');
    const count = document.querySelector('[data-testid=entry-count]');
    const before = count.textContent;
    const t0 = performance.now();
    input.value = 'hustings';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => (count.textContent !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    check();
  }));
  results.keystrokeMs.push(ms);
}
for (let r = 0; r < RUNS; r++) {
  await page.getByTestId('diary-new').click();
  await page.getByTestId('what_happened').fill(`Benchmark save ${r}`);
  await page.getByTestId('save-entry').waitFor();
  // One save, timed in the page like the keystroke: from the click until the saved entry is shown
  // (saveMs); saveRoundTripMs is the same seen from Playwright, with its own overhead.
  const t0 = Date.now();
  const ms = await page.evaluate(() => new Promise((resolve, reject) => {
    const shown = () => document.querySelector('[data-testid=entry-detail]');
    if (shown()) { reject(new Error('entry-detail is already shown before saving')); return; }
    const timer = setTimeout(() => reject(new Error('the save did not show the entry')), 20_000);
    const t = performance.now();
    const observer = new MutationObserver(() => {
      if (shown()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - t); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('[data-testid=save-entry]').click();
  }));
  results.saveRoundTripMs.push(Date.now() - t0);
  results.saveMs.push(Math.round(ms * 10) / 10);
}
for (let r = 0; r < RUNS; r++) {
  // A fresh page each round: Chromium stops a page's downloads after ten of them.
  await page.goto(base + '/settings');
  await page.getByTestId('export-json').waitFor();
  for (const [button, key] of [['export-csv', 'exportCsvMs'], ['export-json', 'exportJsonMs']]) {
    const t0 = Date.now();
    const dl = page.waitForEvent('download');
    await page.getByTestId(button).click();
    await dl;
    results[key].push(Date.now() - t0);
  }
}
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);

// The passphrase lock with the same 5,000 entries: turning it on (derive the key, seal and check
// every value, write), then unlocking (derive, open every value, draw the diary list).
const PASS = 'bench passphrase with several words';
results.lockOnMs = [];
results.unlockMs = [];
const LOCK_RUNS = Math.min(RUNS, 3);
for (let r = 0; r < LOCK_RUNS; r++) {
  await page.goto(base + '/settings');
  await page.getByTestId('lock-new').fill(PASS);
  await page.getByTestId('lock-again').fill(PASS);
  let t0 = Date.now();
  await page.getByTestId('lock-turn-on').click();
  await page.getByTestId('lock-is-on').waitFor({ timeout: 60_000 });
  results.lockOnMs.push(Date.now() - t0);
  await page.goto(base + '/diary');
  await page.getByTestId('unlock-passphrase').fill(PASS);
  t0 = Date.now();
  await page.getByTestId('unlock').click();
  await page.waitForFunction((n) => /of (\d+) entries/.exec(document.querySelector('[data-testid=entry-count]')?.textContent || '')?.[1] >= n, N, { timeout: 60_000 });
  results.unlockMs.push(Date.now() - t0);
  results.clearEntriesLeft = await page.evaluate(() => Object.entries(localStorage).filter(([k, v]) => k.startsWith('standsafe.diary.entry.') && !v.startsWith('ssv1.')).length);
  // Off again for the next round (writes every value back in the clear).
  await page.goto(base + '/settings');
  await page.getByTestId('unlock-passphrase').fill(PASS);
  await page.getByTestId('unlock').click();
  await page.getByTestId('lock-off-passphrase').fill(PASS);
  await page.getByTestId('lock-turn-off').click();
  await page.getByText('The lock is off').waitFor({ timeout: 60_000 });
}
await browser.close();

const summary = Object.fromEntries(Object.entries(results).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, median(v)]));
summary.jsHeapBytesAfterExport = heap;
console.log('diary benchmark, medians over', RUNS, 'runs with', N, 'entries (ms):');
for (const [k, v] of Object.entries(summary)) console.log(`  ${k.padEnd(24)} ${typeof v === 'number' ? v.toFixed(1) : v}`);
const mb = (b) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(2)} MiB`);
const mem = results.memoryAfterStart;
console.log(`  memory after start with ${N} entries: JS heap ${mb(mem.jsHeapUsedBytes)} (after GC) + wasm memory ${mb(mem.wasmMemoryBytes)} = ${mb(mem.totalBytes)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/diary.json', JSON.stringify({ entries: N, runs: RUNS, medians: summary, memoryAfterStart: results.memoryAfterStart, samples: results }, null, 2));
