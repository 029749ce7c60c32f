// Lighthouse benchmark (figures printed, not asserted): Home, Guide and Diary of the release build
// served with brotli on 127.0.0.1, Lighthouse's default mobile preset with its simulated
// throttling, each page run several times in a fresh headless Chromium; the median run (the
// run closest to the median FCP and TTI, Lighthouse's own computeMedianRun) is reported with its
// four category scores, FCP, LCP, TBT, CLS, total byte weight and the audits that cost points.
// Writes bench-results/lighthouse.json and each page's median report bench-results/lighthouse-<page>.json.
//   node tests/e2e/bench-lighthouse.mjs http://127.0.0.1:4174
// Chromium resolves no host but 127.0.0.1 (--host-resolver-rules), so nothing reaches the internet.
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';

const base = (process.argv[2] || 'http://127.0.0.1:4174').replace(/\/$/, '');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const RUN_TIMEOUT_MS = 150_000;
const pages = [
  { name: 'home', path: '/' },
  { name: 'guide', path: '/guide' },
  { name: 'diary', path: '/diary/' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricIds = {
  fcpMs: 'first-contentful-paint', lcpMs: 'largest-contentful-paint', tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift', speedIndexMs: 'speed-index', ttiMs: 'interactive', totalByteWeight: 'total-byte-weight',
};
const chromeFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--no-default-browser-check',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// The whole benchmark stops itself, whatever hangs.
setTimeout(() => { console.error('lighthouse benchmark: overall timeout'); process.exit(2); }, RUNS * pages.length * RUN_TIMEOUT_MS + 30_000).unref();

// Never leave a Chromium behind, however this process ends.
let current = null;
process.on('exit', () => { try { current?.process?.kill('SIGKILL'); } catch { /* gone */ } });
process.on('SIGTERM', () => process.exit(143));

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags, logLevel: 'silent', handleSIGINT: true,
  });
  current = chrome;
  let timer;
  try {
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`lighthouse run of ${url} timed out`)), RUN_TIMEOUT_MS); });
    const result = await Promise.race([run, timeout]);
    if (!result?.lhr) throw new Error(`lighthouse returned no report for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    clearTimeout(timer);
    await chrome.kill();
    current = null;
  }
}

const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const metrics = (lhr) => Object.fromEntries(Object.entries(metricIds).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]));

/** What an audit found, briefly: its first few items (an element, a URL, a console message). */
const itemSummary = (a) => (a.details?.items || []).slice(0, 3).map((i) =>
  [i.node?.snippet || i.node?.selector, i.description, i.sourceLocation?.url || i.url, i.text].filter(Boolean).join(' ').slice(0, 200));

/** Every weighted audit that scored below 1, with the points (out of 100) it cost its category. */
function costlyAudits(lhr) {
  const out = [];
  for (const id of categories) {
    const cat = lhr.categories[id];
    if (!cat) continue;
    const total = cat.auditRefs.reduce((s, r) => s + r.weight, 0);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!ref.weight || a?.score == null || a.score >= 1) continue;
      out.push({ category: id, id: ref.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '',
        pointsLost: Math.round((ref.weight * (1 - a.score) / total) * 1000) / 10, items: itemSummary(a) });
    }
  }
  return out.sort((x, y) => y.pointsLost - x.pointsLost);
}

/** Unweighted performance insights and diagnostics that did not pass: where the time goes. */
function diagnostics(lhr) {
  const perf = lhr.categories.performance;
  const failing = (perf?.auditRefs || [])
    .filter((r) => !r.weight)
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score != null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '',
      savingsMs: a.metricSavings?.LCP ?? a.details?.overallSavingsMs ?? null }));
  const items = (id) => lhr.audits[id]?.details?.items || [];
  const longTasks = items('long-tasks').slice(0, 5).map((t) => ({ url: t.url, startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) }));
  const bootup = items('bootup-time').slice(0, 5).map((t) => ({ url: t.url, totalMs: Math.round(t.total), scriptingMs: Math.round(t.scripting) }));
  const lcpElement = items('largest-contentful-paint-element').flatMap((i) => i.items || [i])
    .map((i) => i.node?.snippet || i.node?.selector).filter(Boolean)[0] ?? null;
  const lcpPhases = (lhr.audits['lcp-breakdown-insight']?.details?.items || lhr.audits['largest-contentful-paint-element']?.details?.items || [])
    .flatMap((i) => i.items || []).filter((i) => i.subpart || i.phase)
    .map((i) => ({ phase: i.label || i.subpart || i.phase, ms: Math.round(i.duration ?? i.timing ?? 0) }));
  const requests = items('network-requests').map((r) => ({ url: r.url.replace(base, ''), transferSize: r.transferSize, resourceType: r.resourceType }));
  return { failing, longTasks, bootup, lcpElement, lcpPhases, requests };
}

const results = { base, runs: RUNS, preset: 'mobile (Lighthouse default), simulated throttling', lighthouseVersion: null, pages: {} };
mkdirSync('bench-results', { recursive: true });
for (const { name, path } of pages) {
  const url = base + path;
  const lhrs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = Date.now();
    const lhr = await runOnce(url);
    lhrs.push(lhr);
    console.log(`  lighthouse ${name} run ${r + 1}/${RUNS}: performance ${score(lhr, 'performance')}, LCP ${Math.round(metrics(lhr).lcpMs)} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const median = computeMedianRun(lhrs);
  results.lighthouseVersion = median.lighthouseVersion;
  results.pages[name] = {
    url: path,
    medianRun: lhrs.indexOf(median) + 1,
    scores: Object.fromEntries(categories.map((c) => [c, score(median, c)])),
    metrics: metrics(median),
    costlyAudits: costlyAudits(median),
    diagnostics: diagnostics(median),
    samples: lhrs.map((l) => ({ scores: Object.fromEntries(categories.map((c) => [c, score(l, c)])), metrics: metrics(l) })),
  };
  writeFileSync(`bench-results/lighthouse-${name}.json`, JSON.stringify(median, null, 2));
}

const pad = (s, n) => String(s).padStart(n);
console.log(`lighthouse ${results.lighthouseVersion} (mobile, simulated throttling), median of ${RUNS} runs:`);
console.log(`${'page'.padEnd(8)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('seo', 6)}${pad('FCP ms', 9)}${pad('LCP ms', 9)}${pad('TBT ms', 9)}${pad('CLS', 8)}${pad('bytes', 9)}`);
for (const [name, p] of Object.entries(results.pages)) {
  const m = p.metrics;
  console.log(`${name.padEnd(8)}${pad(p.scores.performance, 6)}${pad(p.scores.accessibility, 6)}${pad(p.scores['best-practices'], 6)}${pad(p.scores.seo, 6)}`
    + `${pad(Math.round(m.fcpMs), 9)}${pad(Math.round(m.lcpMs), 9)}${pad(Math.round(m.tbtMs), 9)}${pad(m.cls.toFixed(3), 8)}${pad(m.totalByteWeight, 9)}`);
  for (const a of p.costlyAudits) {
    console.log(`    -${a.pointsLost} ${a.category}: ${a.id} (${a.title}) ${a.displayValue}`);
    for (const i of a.items) console.log(`        ${i}`);
  }
}
writeFileSync('bench-results/lighthouse.json', JSON.stringify(results, null, 2));
