// Diary benchmark (figures printed, not asserted): 5,000 generated realistic entries, then
// start to interactive, one search keystroke, one save and a full export, median of several
// runs each, in headless Chromium against the release build on a static server.
//   node tests/e2e/bench-diary.mjs http://127.0.0.1:4174
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';

const base = process.argv[2] || 'http://127.0.0.1:4174';
const N = 5000;
const RUNS = Number(process.env.BENCH_RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results = { entries: N, runs: RUNS, startMs: [], emptyStartMs: [], keystrokeMs: [], saveMs: [], exportCsvMs: [], exportJsonMs: [] };

const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
const page = await context.newPage();
await page.goto(base + '/diary');
// Start over an empty diary.
for (let r = 0; r < RUNS; r++) {
  await page.evaluate(() => localStorage.clear());
  const t0 = Date.now();
  await page.goto(base + '/diary');
  await page.getByTestId('entry-count').waitFor();
  results.emptyStartMs.push(Date.now() - t0);
}
await page.evaluate(seedScript(N), N);
for (let r = 0; r < RUNS; r++) {
  const t0 = Date.now();
  await page.goto(base + '/diary');
  await page.waitForFunction((n) => document.querySelector('[data-testid=entry-count]')?.textContent?.includes(`of ${n} entries`), N);
  results.startMs.push(Date.now() - t0);
}
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
  const t0 = Date.now();
  await page.getByTestId('save-entry').click();
  await page.getByTestId('entry-detail').waitFor();
  results.saveMs.push(Date.now() - t0);
}
await page.goto(base + '/settings');
await page.getByTestId('export-json').waitFor();
for (let r = 0; r < RUNS; r++) {
  for (const [button, key] of [['export-csv', 'exportCsvMs'], ['export-json', 'exportJsonMs']]) {
    const t0 = Date.now();
    const dl = page.waitForEvent('download');
    await page.getByTestId(button).click();
    await dl;
    results[key].push(Date.now() - t0);
  }
}
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
await browser.close();

const summary = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Array.isArray(v) ? median(v) : v]));
summary.jsHeapBytesAfterExport = heap;
console.log('diary benchmark, medians over', RUNS, 'runs with', N, 'entries (ms):');
for (const [k, v] of Object.entries(summary)) console.log(`  ${k.padEnd(24)} ${typeof v === 'number' ? v.toFixed(1) : v}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/diary.json', JSON.stringify({ medians: summary, samples: results }, null, 2));
