// A plain static server for dist/, as a static host would serve it: real files as they are,
// and index.html for any other path so deep links such as /diary work. `--brotli` serves brotli
// bodies the way a production host serves precompressed files (for the benchmark): every file is
// compressed once before the server listens and kept in memory (again only if it changes on disk),
// so no request waits for compression.
// Port 0 picks a free port; the "serving ... on URL" line names the real one. Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const brotli = args.includes('--brotli');
const [dir = 'dist', port = '8080'] = args.filter((a) => !a.startsWith('--'));
const root = resolve(dir);
// path -> { mtimeMs, size, body }: each file's brotli body, compressed once.
const compressed = new Map();
async function brotliBody(path, raw) {
  const s = await stat(path);
  const hit = compressed.get(path);
  if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size) return hit.body;
  const body = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  compressed.set(path, { mtimeMs: s.mtimeMs, size: s.size, body });
  return body;
}
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch { /* fall through */ }
  return null;
}

const server = createServer(async (req, res) => {
  let path = await fileFor(req.url || '/');
  let status = 200;
  if (!path) {
    // No file: an app route (no extension) gets the app shell; a missing asset is a real 404.
    if (extname(req.url.split('?')[0]) === '') path = join(root, 'index.html');
    else status = 404;
  }
  if (status === 404) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not found'); return; }
  let body = await readFile(path);
  const headers = {
    'content-type': types[extname(path)] || 'application/octet-stream',
    'cache-control': path.endsWith('.html') || path.endsWith('sw.js') ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] || '') && body.length > 256 && !path.endsWith('.png')) {
    body = await brotliBody(path, body);
    headers['content-encoding'] = 'br';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
if (brotli) {
  // Precompress everything up front, as a host serving precompressed files would.
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  for (const f of files) {
    const raw = await readFile(f);
    if (raw.length > 256 && !f.endsWith('.png')) await brotliBody(f, raw);
  }
}
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${server.address().port}${brotli ? ' (brotli)' : ''}`));
