// Trunk's post_build hook, over TRUNK_STAGING_DIR before dist/ is replaced:
// - let the static first view paint before the wasm is fetched (see firstPaintFirst), then add
//   the Content-Security-Policy meta tag, allowing the inline scripts by their sha256 hashes
//   (never 'unsafe-inline');
// - then write the service worker's precache list and a cache version derived from the contents
//   of every file (dotfiles skipped), so a new release always gets a new cache.
// `node scripts/post-build.mjs --service-worker DIR` redoes only the second job over a built dist.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const walk = (d) => readdirSync(d).flatMap((name) => {
  if (name.startsWith('.')) return [];
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

// The static first view (index.html) holds each page's real heading and intro, so the first paint
// should never wait for the wasm. Trunk preloads the wasm and starts it as soon as its loader
// runs; on a fast machine the app could then mount before anything was painted, and the preload
// shares the first round trips with the render-blocking CSS. So: no wasm preload, and the loader
// waits one frame (the first paint) before it fetches the wasm. Measured with 150 ms RTT,
// 1.6 Mbit/s and 4x CPU slowdown, the app mounts no later (1,657-1,676 ms against 1,687-1,712 ms
// with the preload) and the first paint comes about 30 ms sooner.
function firstPaintFirst(html) {
  const preload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>\n?/;
  const start = 'const wasm = await init(';
  if (!preload.test(html) || !html.includes(start)) {
    throw new Error("post-build: Trunk's wasm preload or loader changed; update firstPaintFirst");
  }
  return html
    .replace(preload, '')
    // A hidden tab paints no frames: then go after 100 ms all the same.
    .replace(start, `await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });\n${start}`);
}

function addCsp(dir) {
  const indexPath = join(dir, 'index.html');
  let html = firstPaintFirst(readFileSync(indexPath, 'utf8'));
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  writeFileSync(indexPath, html);
  writeFileSync(join(dir, 'csp.txt'), csp + '\n');
  console.log(`post-build: CSP with ${hashes.length} script hash(es)`);
}

function writeServiceWorker(dir) {
  const swPath = join(dir, 'sw.js');
  const files = walk(dir).filter((p) => p !== swPath && !p.endsWith('csp.txt')).sort();
  const hash = createHash('sha256');
  for (const p of files) hash.update(relative(dir, p)).update(readFileSync(p));
  const version = hash.digest('hex').slice(0, 16);
  const precache = files.map((p) => '/' + relative(dir, p).split('\\').join('/'));
  const sw = readFileSync(swPath, 'utf8')
    .replace('__STANDSAFE_VERSION__', version)
    .replace('__STANDSAFE_PRECACHE__', JSON.stringify(precache));
  writeFileSync(swPath, sw);
  const bytes = files.reduce((s, p) => s + statSync(p).size, 0);
  console.log(`post-build: service worker precaches ${precache.length} files (${bytes} bytes), version ${version}`);
}

const swIndex = process.argv.indexOf('--service-worker');
if (swIndex >= 0) writeServiceWorker(process.argv[swIndex + 1]);
else if (process.env.TRUNK_STAGING_DIR) {
  addCsp(process.env.TRUNK_STAGING_DIR);
  writeServiceWorker(process.env.TRUNK_STAGING_DIR);
}
else throw new Error('run from trunk (TRUNK_STAGING_DIR) or with --service-worker DIR');
