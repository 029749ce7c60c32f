// Sizes of the release build: every asset's raw, gzip and brotli bytes; the page's first load
// (index.html and the JS, WASM and CSS it names, brotli); and the whole first visit (every file the
// service worker precaches, plus sw.js itself). Writes bench-results/bundle.json.
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

// The page's first load: index.html and every script, wasm and stylesheet it names.
const firstLoadOf = (page) => {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = [...new Set([...html.matchAll(/["'](\/[^"']+\.(?:js|wasm|css))["']/g)].map((m) => m[1].slice(1)))];
  const files = [page, ...refs].filter((f) => byFile[f]);
  const total = (key) => files.reduce((s, f) => s + byFile[f][key], 0);
  return { page, files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
};
const firstLoad = firstLoadOf('index.html');
// A whole first visit: the page, then the service worker and everything it precaches.
const visitFiles = assets.map((a) => a.file).filter((f) => f !== 'csp.txt');
const firstVisit = {
  files: visitFiles.length,
  raw: visitFiles.reduce((s, f) => s + byFile[f].raw, 0),
  brotli: visitFiles.reduce((s, f) => s + byFile[f].brotli, 0),
};

const result = { assets, entries: [firstLoad], firstLoad, firstVisit, budgetKb: maxKb };
const pad = (s, n) => String(s).padStart(n);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`${'asset'.padEnd(52)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const a of assets) console.log(`${a.file.padEnd(52)}${pad(a.raw, 10)}${pad(a.gzip, 10)}${pad(a.brotli, 10)}`);
console.log(`first load: ${firstLoad.files.join(' + ')}: ${firstLoad.brotli} B = ${kb(firstLoad.brotli)} brotli`);
console.log(`first visit (${firstVisit.files} files, all precached): ${firstVisit.brotli} B = ${kb(firstVisit.brotli)} brotli`);
const over = maxKb !== null && firstLoad.brotli > maxKb * 1024;
if (over) console.error(`first load: ${firstLoad.brotli} B brotli exceeds the ${maxKb} KB cap (${maxKb * 1024} B)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bundle.json', JSON.stringify(result, null, 2));
if (over) process.exit(1);
