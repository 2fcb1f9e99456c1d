// The service worker: precaches every app file, serves them offline, and waits for the page's
// go-ahead (SKIP_WAITING) before a new version takes over. No libraries: it must stay tiny.

export {};

interface Entry {
  url: string;
  revision: string | null;
}

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Entry[] };

const PREFIX = 'netzwerk-check-';
const manifest = self.__WB_MANIFEST;
const scope = self.registration.scope;

/** The cache name changes whenever any file or revision changes. */
const version = (() => {
  let h = 0;
  for (const c of JSON.stringify(manifest)) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
})();
const CACHE = PREFIX + version;
const abs = (url: string) => new URL(url, scope).href;
const INDEX = abs('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const e of manifest) {
        const url = abs(e.url);
        // hashed files never change: reuse them from an older version's cache
        const old = e.revision === null ? await caches.match(url) : undefined;
        if (old) await cache.put(url, old);
        else {
          const res = await fetch(url, { cache: 'reload' });
          if (!res.ok) throw new Error(`precache ${url}: ${res.status}`);
          await cache.put(url, res);
        }
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  const target = req.mode === 'navigate' ? INDEX : url.origin + url.pathname;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(target)) ?? fetch(req);
    })(),
  );
});
