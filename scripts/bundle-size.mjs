// Sizes of the release build: every asset's raw, gzip and brotli bytes, and the first-load
// total (HTML + JS + WASM + CSS, brotli). Writes bench-results/bundle.json.
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

const firstLoadExt = new Set(['.html', '.js', '.wasm', '.css']);
const assets = walk(dir)
  .filter((p) => !relative(dir, p).split('/').some((part) => part.startsWith('.')))
  .map((p) => {
    const raw = readFileSync(p);
    return {
      file: relative(dir, p),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      // The service worker is fetched after the first paint, not part of the first load.
      firstLoad: firstLoadExt.has(extname(p)) && !p.endsWith('sw.js'),
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

const total = (key) => assets.filter((a) => a.firstLoad).reduce((s, a) => s + a[key], 0);
const result = {
  assets,
  firstLoad: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
  budgetKb: maxKb,
};
const pad = (s, n) => String(s).padStart(n);
console.log(`${'asset'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const a of assets) console.log(`${(a.file + (a.firstLoad ? ' *' : '')).padEnd(48)}${pad(a.raw, 10)}${pad(a.gzip, 10)}${pad(a.brotli, 10)}`);
console.log(`${'first load (* above)'.padEnd(48)}${pad(result.firstLoad.raw, 10)}${pad(result.firstLoad.gzip, 10)}${pad(result.firstLoad.brotli, 10)}`);
console.log(`first-load brotli: ${(result.firstLoad.brotli / 1024).toFixed(1)} KB`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bundle.json', JSON.stringify(result, null, 2));
if (maxKb !== null && result.firstLoad.brotli > maxKb * 1024) {
  console.error(`first-load brotli ${result.firstLoad.brotli} B exceeds the ${maxKb} KB budget (${maxKb * 1024} B)`);
  process.exit(1);
}
