// Evidence benchmark (figures printed, not asserted), in headless Chromium against the release
// build on a static server: attaching 20 photos of about 3 MB each (time per photo from the drop
// to the file listed with its fingerprint; and the thumbnail step alone, the same browser calls
// the app makes), opening an entry with 10 images (click to every thumbnail drawn), and a backup
// export and import carrying 60 MB of attachments (time, and peak JS heap sampled through CDP
// every 50 ms, with the wasm memory after). Writes bench-results/evidence.json.
//   node tests/e2e/bench-evidence.mjs http://127.0.0.1:4174
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2] || 'http://127.0.0.1:4174';
const PHOTOS = 20;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
setTimeout(() => { console.error('evidence benchmark: overall timeout'); process.exit(2); }, 900_000).unref();

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

/** Run `work` while sampling the JS heap every 50 ms; its result, the time and the peak heap. */
async function measured(page, work) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try { peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize); } catch { /* page busy */ }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = Date.now();
  const result = await work();
  const ms = Date.now() - t0;
  sampling = false;
  await sampler;
  const wasm = await page.evaluate(() => window.__standsafeWasm?.memory?.buffer?.byteLength ?? null);
  await cdp.detach();
  return { result, ms, peakJsHeapBytes: peak, wasmMemoryBytes: wasm };
}

async function newPage(context) {
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__standsafeWasm = e.detail?.wasm; });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  return page;
}

const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
const page = await newPage(context);
await page.goto(base + '/diary');
await page.getByTestId('diary-new').click();

// Twenty photos made in the page: PNGs of random pixels (a phone photo does not compress either).
const sizes = await page.evaluate(async (n) => {
  window.__photos = [];
  for (let i = 0; i < n; i++) {
    const side = 1000;
    const canvas = new OffscreenCanvas(side, side);
    const ctx = canvas.getContext('2d');
    const img = ctx.createImageData(side, side);
    const buf = new Uint32Array(img.data.buffer);
    let s = (i + 1) * 2654435761 >>> 0;
    for (let p = 0; p < buf.length; p++) { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; buf[p] = s | 0xff000000; }
    ctx.putImageData(img, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    window.__photos.push(new File([blob], `photo-${i + 1}.png`, { type: 'image/png' }));
  }
  return window.__photos.map((f) => f.size);
}, PHOTOS);

// Attach each by a drop on the form, timed in the page until it is listed with its fingerprint:
// ten photos to one entry, ten to another (20 photos, about 60 MB in all).
const attachMs = [];
const attachOne = (i) => page.evaluate((i) => new Promise((resolve, reject) => {
  const list = () => document.querySelectorAll('[data-testid=pending-files] [data-testid=attachment-fingerprint]').length;
  const before = list();
  const dt = new DataTransfer();
  dt.items.add(window.__photos[i]);
  const timer = setTimeout(() => reject(new Error('photo not attached: ' + document.querySelector('[data-testid=attach-error]')?.textContent)), 60_000);
  const t = performance.now();
  document.querySelector('[data-testid=incident-form]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  const check = () => (list() > before ? (clearTimeout(timer), resolve(performance.now() - t)) : setTimeout(check, 5));
  check();
}), i);
await page.getByTestId('what_happened').fill('Benchmark entry with ten photos');
for (let i = 0; i < PHOTOS / 2; i++) attachMs.push(await attachOne(i));
await page.getByTestId('save-entry').click();
await page.getByTestId('entry-detail').waitFor();
await page.getByTestId('diary-new').click();
await page.getByTestId('what_happened').fill('Benchmark entry with the other ten photos');
for (let i = PHOTOS / 2; i < PHOTOS; i++) attachMs.push(await attachOne(i));
await page.getByTestId('save-entry').click();
await page.getByTestId('entry-detail').waitFor();
// The thumbnail step alone: decode, draw 240 px on a canvas, JPEG (what the app does).
const thumbMs = await page.evaluate(async () => {
  const out = [];
  for (const f of window.__photos) {
    const t = performance.now();
    const bmp = await createImageBitmap(f);
    const scale = 240 / Math.max(bmp.width, bmp.height);
    const c = document.createElement('canvas');
    c.width = Math.round(bmp.width * scale); c.height = Math.round(bmp.height * scale);
    c.getContext('2d').drawImage(bmp, 0, 0, c.width, c.height);
    bmp.close();
    c.toDataURL('image/jpeg');
    out.push(performance.now() - t);
  }
  return out;
});

// Opening an entry with 10 images.
const openTenMs = [];
for (let r = 0; r < 5; r++) {
  await page.goto(base + '/diary');
  await page.getByTestId('entry-list').waitFor();
  const button = page.getByTestId('entry-list').getByRole('button', { name: /./ }).first();
  await button.waitFor();
  openTenMs.push(await page.evaluate(() => new Promise((resolve) => {
    // The entry with ten photos is the newest written on the same date: find it by its words.
    const buttons = [...document.querySelectorAll('[data-testid=entry-list] li')];
    const li = buttons.find((l) => l.textContent.includes('ten photos'));
    const t = performance.now();
    li.querySelector('button').click();
    const check = () => {
      const imgs = [...document.querySelectorAll('[data-testid=entry-detail] [data-testid=attachment-thumb]')];
      if (imgs.length === 10 && imgs.every((i) => i.complete && i.naturalWidth > 0)) resolve(performance.now() - t);
      else requestAnimationFrame(check);
    };
    check();
  })));
}

// Backup export with every attachment: 20 photos and their thumbnails.
await page.goto(base + '/settings');
await page.getByTestId('export-json').waitFor();
const dir = mkdtempSync(join(tmpdir(), 'standsafe-bench-evidence-'));
const backupPath = join(dir, 'backup.json');
const exported = await measured(page, async () => {
  const dl = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByTestId('export-json').click();
  await (await dl).saveAs(backupPath);
});
const backupBytes = statSync(backupPath).size;

// Import in a fresh browser context (another device).
const other = await browser.newContext({ serviceWorkers: 'block' });
const fresh = await newPage(other);
await fresh.goto(base + '/settings');
await fresh.getByTestId('import-file').waitFor();
const imported = await measured(fresh, async () => {
  await fresh.getByTestId('import-file').setInputFiles(backupPath);
  await fresh.getByTestId('import-merge').click({ timeout: 300_000 });
  await fresh.waitForFunction(() => /restored/.test(document.querySelector('[data-testid=backup-message]')?.textContent || ''), null, { timeout: 300_000 });
});
const restoredFiles = await fresh.evaluate(() => new Promise((ok) => {
  const r = indexedDB.open('standsafe-files');
  r.onsuccess = () => { const k = r.result.transaction('files').objectStore('files').getAllKeys(); k.onsuccess = () => ok(k.result.length); };
}));
await browser.close();

const mb = (b) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(1)} MiB`);
const attachedBytes = sizes.reduce((a, b) => a + b, 0);
const summary = {
  photos: PHOTOS,
  photoBytesMedian: median(sizes),
  attachedBytes,
  attachPerPhotoMsMedian: Math.round(median(attachMs)),
  attachPerPhotoMsMax: Math.round(Math.max(...attachMs)),
  thumbnailMsMedian: Math.round(median(thumbMs)),
  openEntryWithTenImagesMsMedian: Math.round(median(openTenMs)),
  backupBytes,
  backupExportMs: exported.ms,
  backupExportPeakJsHeapBytes: exported.peakJsHeapBytes,
  backupExportWasmMemoryBytes: exported.wasmMemoryBytes,
  backupImportMs: imported.ms,
  backupImportPeakJsHeapBytes: imported.peakJsHeapBytes,
  backupImportWasmMemoryBytes: imported.wasmMemoryBytes,
  restoredFiles,
};
console.log('evidence benchmark:');
console.log(`  attach ${PHOTOS} photos of ${mb(summary.photoBytesMedian)} (median): ${summary.attachPerPhotoMsMedian} ms per photo (max ${summary.attachPerPhotoMsMax}); thumbnail step ${summary.thumbnailMsMedian} ms`);
console.log(`  open an entry with 10 images: ${summary.openEntryWithTenImagesMsMedian} ms (median of 5)`);
console.log(`  backup export with ${mb(attachedBytes)} of photos attached (file ${mb(backupBytes)}): ${exported.ms} ms, peak JS heap ${mb(exported.peakJsHeapBytes)}, wasm memory ${mb(exported.wasmMemoryBytes)}`);
console.log(`  backup import in a fresh browser: ${imported.ms} ms, peak JS heap ${mb(imported.peakJsHeapBytes)}, wasm memory ${mb(imported.wasmMemoryBytes)}; ${restoredFiles} files stored`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/evidence.json', JSON.stringify({ summary, samples: { sizes, attachMs, thumbMs, openTenMs } }, null, 2));
