// Two jobs, run at two moments:
// - as Trunk's post_build hook (over TRUNK_STAGING_DIR, before dist/ is replaced, once per
//   bundle): add the Content-Security-Policy meta tag, allowing Trunk's inline loader script by
//   its sha256 hash (never 'unsafe-inline');
// - with `--service-worker DIR` after both bundles are built (scripts/build.sh): write the
//   service worker's precache list and a cache version derived from the contents of every file
//   (dotfiles skipped), so a new release always gets a new cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const walk = (d) => readdirSync(d).flatMap((name) => {
  if (name.startsWith('.')) return [];
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

function addCsp(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
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
else if (process.env.TRUNK_STAGING_DIR) addCsp(process.env.TRUNK_STAGING_DIR);
else throw new Error('run from trunk (TRUNK_STAGING_DIR) or with --service-worker DIR');
