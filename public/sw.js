// Stand Safe's service worker: precaches every file of the release build so the app starts with
// no signal. The list of files and the cache version are written in at build time by
// scripts/post-build.mjs (a Trunk post_build hook), so every release gets a new cache.
const VERSION = '__STANDSAFE_VERSION__';
const PRECACHE = __STANDSAFE_PRECACHE__;
const CACHE = `standsafe-${VERSION}`;

self.addEventListener('install', (event) => {
  // Wait: the page offers "reload" when a new version is ready; it never reloads by itself.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('standsafe-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Nothing is put in a cache at run time: attached files live in IndexedDB (sealed with the lock
// on), are shown as data: images and saved through blob: links, none of which pass through here.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Answer every navigation (a deep link such as /diary too) with the cached app shell: the
    // app reads the path and draws the page itself.
    const page = '/index.html';
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      const shell = await cache.match(page);
      if (shell) return shell;
      return fetch(request);
    })());
    return;
  }
  // Hashed assets never change under the same name: cache first.
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: CACHE });
    return cached || fetch(request);
  })());
});
