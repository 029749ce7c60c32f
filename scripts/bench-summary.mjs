// The benchmark's summary: every figure from bench-results/{bundle,lighthouse,offline,diary}.json
// beside its target, "met" or "missed" (a figure with no target is "reported"; a step that did not
// run leaves its figures "not measured"). Targets are reported, never asserted: this exits 0.
// Writes bench-results/bench.json.   node scripts/bench-summary.mjs [bench-results]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || 'bench-results';
const load = (name) => {
  const p = join(dir, name);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};
const bundle = load('bundle.json');
const lighthouse = load('lighthouse.json');
const offline = load('offline.json');
const diary = load('diary.json');

const KB = 1024;
const MB = 1024 * 1024;
const figures = [];
/** op: '<=' or '>=' or '=' (or null: no target). */
function add(group, name, value, unit, op = null, target = null, extra = {}) {
  let status = 'reported';
  if (value == null || Number.isNaN(value)) status = 'not measured';
  else if (op === '<=') status = value <= target ? 'met' : 'missed';
  else if (op === '>=') status = value >= target ? 'met' : 'missed';
  else if (op === '=') status = value === target ? 'met' : 'missed';
  figures.push({ group, name, value: value ?? null, unit, target: op ? `${op} ${target}` : null, status, ...extra });
}

add('bundle', 'first load: HTML + JS + WASM + CSS (brotli)', bundle?.firstLoad?.brotli, 'B', '<=', 160 * KB);
add('bundle', 'first visit: everything the service worker precaches (brotli)', bundle?.firstVisit?.brotli, 'B', '<=', 260 * KB);

for (const name of ['home', 'guide', 'diary']) {
  const p = lighthouse?.pages?.[name];
  const s = p?.scores ?? {};
  const m = p?.metrics ?? {};
  const g = `lighthouse ${p?.url ?? name}`;
  add(g, 'performance', s.performance, 'score', '=', 100);
  add(g, 'accessibility', s.accessibility, 'score', '=', 100);
  add(g, 'best-practices', s['best-practices'], 'score', '=', 100);
  add(g, 'seo', s.seo, 'score', '>=', 90);
  add(g, 'FCP', m.fcpMs == null ? null : Math.round(m.fcpMs), 'ms');
  add(g, 'LCP', m.lcpMs == null ? null : Math.round(m.lcpMs), 'ms', '<=', 1500);
  add(g, 'TBT', m.tbtMs == null ? null : Math.round(m.tbtMs), 'ms', '<=', 50);
  add(g, 'CLS', m.cls == null ? null : Math.round(m.cls * 1000) / 1000, '');
  add(g, 'total byte weight', m.totalByteWeight, 'B');
}

for (const name of ['home', 'diary']) {
  const p = offline?.pages?.[name];
  add('offline repeat start', `${p?.path ?? name} median`, p?.medianMs, 'ms', '<=', 300);
}

const d = diary?.medians ?? {};
const mem = diary?.memoryAfterStart ?? {};
add('lock', 'turn the lock on, 5,000 entries', d.lockOnMs, 'ms');
add('lock', 'unlock to the diary list drawn, 5,000 entries', d.unlockMs, 'ms');
add('diary', 'start, empty diary', d.emptyStartMs, 'ms', '<=', 150);
add('diary', 'start, 5,000 entries', d.startMs, 'ms');
add('diary', 'search keystroke, 5,000 entries', d.keystrokeMs == null ? null : Math.round(d.keystrokeMs * 10) / 10, 'ms', '<=', 16);
add('diary', 'save, 5,000 entries', d.saveMs, 'ms', '<=', 10);
add('diary', 'save seen from Playwright, 5,000 entries', d.saveRoundTripMs, 'ms');
add('diary', 'export CSV, 5,000 entries', d.exportCsvMs, 'ms', '<=', 200);
add('diary', 'export JSON, 5,000 entries', d.exportJsonMs, 'ms', '<=', 200);
add('diary', 'JS heap after GC, 5,000 entries', mem.jsHeapUsedBytes, 'B');
add('diary', 'wasm memory, 5,000 entries', mem.wasmMemoryBytes, 'B');
add('diary', 'memory (JS heap + wasm), 5,000 entries', mem.totalBytes, 'B', '<=', 20 * MB);

const count = (st) => figures.filter((f) => f.status === st).length;
const result = {
  generated: new Date().toISOString(),
  note: 'targets are reported, not asserted; 1 KB = 1024 B, 1 MB = 1024 KB; medians (Lighthouse: its median run)',
  counts: { met: count('met'), missed: count('missed'), reported: count('reported'), notMeasured: count('not measured') },
  figures,
};
writeFileSync(join(dir, 'bench.json'), JSON.stringify(result, null, 2));

const show = (f) => (f.value == null ? '-' : f.unit === 'B' ? `${f.value} B (${(f.value / (f.value >= MB ? MB : KB)).toFixed(1)} ${f.value >= MB ? 'MB' : 'KB'})` : `${f.value}${f.unit && f.unit !== 'score' ? ' ' + f.unit : ''}`);
console.log('\nbenchmark summary (targets reported, not asserted):');
let group = '';
for (const f of figures) {
  if (f.group !== group) { group = f.group; console.log(`  ${group}`); }
  const stretch = f.stretch ? `  (stretch ${f.stretch}: ${f.stretchStatus})` : '';
  console.log(`    ${f.name.padEnd(40)} ${show(f).padStart(22)}  ${(f.target ?? '').padEnd(12)} ${f.status}${stretch}`);
}
console.log(`  ${result.counts.met} met, ${result.counts.missed} missed, ${result.counts.reported} reported only, ${result.counts.notMeasured} not measured`);
console.log(`  written: ${join(dir, 'bench.json')}`);
