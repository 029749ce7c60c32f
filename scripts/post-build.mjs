// Trunk post_build hook, run over TRUNK_STAGING_DIR before dist/ is replaced:
// 1. writes the service worker's precache list and a cache version derived from the contents
//    of every file (dotfiles skipped), so a new release always gets a new cache;
// 2. adds the Content-Security-Policy meta tag, allowing Trunk's inline loader script by its
//    sha256 hash (never 'unsafe-inline').
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk');

const walk = (d) => readdirSync(d).flatMap((name) => {
  if (name.startsWith('.')) return [];
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

// CSP first: it changes index.html, which is part of the cache version.
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

const swPath = join(dir, 'sw.js');
const files = walk(dir).filter((p) => p !== swPath).sort();
const hash = createHash('sha256');
for (const p of files) hash.update(relative(dir, p)).update(readFileSync(p));
const version = hash.digest('hex').slice(0, 16);
const precache = files.map((p) => '/' + relative(dir, p).split('\\').join('/'));
const sw = readFileSync(swPath, 'utf8')
  .replace('__STANDSAFE_VERSION__', version)
  .replace('__STANDSAFE_PRECACHE__', JSON.stringify(precache));
writeFileSync(swPath, sw);
const bytes = files.reduce((s, p) => s + statSync(p).size, 0);
console.log(`post-build: CSP with ${hashes.length} script hash(es); service worker precaches ${precache.length} files (${bytes} bytes), version ${version}`);
