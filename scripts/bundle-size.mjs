// Sizes of the release build: every asset's raw, gzip and brotli bytes, and the first-load
// total (HTML + JS + WASM + CSS, brotli) of each entry page: the guide bundle (index.html) and
// the diary (diary/index.html) and settings (settings/index.html) bundles. Writes bench-results/bundle.json.
// `--max-kb N` exits non-zero when the first-load brotli total exceeds N KB (1 KB = 1024 bytes).
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) || 'dist';
const maxIdx = args.indexOf('--max-kb');
const maxKb = maxIdx >= 0 ? Number(args[maxIdx + 1]) : null;

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sizes = (p) => {
  const raw = readFileSync(p);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const assets = walk(dir)
  .filter((p) => !relative(dir, p).split('/').some((part) => part.startsWith('.')))
  .map((p) => ({ file: relative(dir, p), ...sizes(p) }))
  .sort((a, b) => b.brotli - a.brotli);
const byFile = Object.fromEntries(assets.map((a) => [a.file, a]));

// An entry page's first load: the page and every script, wasm and stylesheet it names.
const entries = ['index.html', 'diary/index.html', 'settings/index.html'].filter((f) => byFile[f]).map((page) => {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = [...new Set([...html.matchAll(/["'](\/[^"']+\.(?:js|wasm|css))["']/g)].map((m) => m[1].slice(1)))];
  const files = [page, ...refs].filter((f) => byFile[f]);
  const total = (key) => files.reduce((s, f) => s + byFile[f][key], 0);
  return { page, files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
});

const result = { assets, entries, firstLoad: entries[0], budgetKb: maxKb };
const pad = (s, n) => String(s).padStart(n);
console.log(`${'asset'.padEnd(52)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const a of assets) console.log(`${a.file.padEnd(52)}${pad(a.raw, 10)}${pad(a.gzip, 10)}${pad(a.brotli, 10)}`);
let over = false;
for (const e of entries) {
  console.log(`${('first load of /' + e.page.replace('index.html', '')).padEnd(52)}${pad(e.raw, 10)}${pad(e.gzip, 10)}${pad(e.brotli, 10)}`);
  console.log(`  ${e.files.join(' + ')}: ${(e.brotli / 1024).toFixed(1)} KB brotli`);
  if (maxKb !== null && e.brotli > maxKb * 1024) {
    console.error(`first load of ${e.page}: ${e.brotli} B brotli exceeds the ${maxKb} KB budget (${maxKb * 1024} B)`);
    over = true;
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bundle.json', JSON.stringify(result, null, 2));
if (over || entries.length === 0) process.exit(1);
