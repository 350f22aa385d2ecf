// Heard's service worker: lets the pupil app load with no connection, so answers kept on the
// device are still there after a reload in a dead spot and can be sent when the signal returns.
// The page puts what it has loaded into the cache (src/pupil/offline-cache.ts); this only serves
// it. Staff pages and every API call other than opening a survey go straight to the network.
const CACHE = 'heard-pupil-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('heard-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const keep = (key, res) => {
  if (res.ok) {
    const copy = res.clone();
    caches.open(CACHE).then((cache) => cache.put(key, copy));
  }
  return res;
};

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  if (req.mode === 'navigate') {
    if (/^\/(signin|reports|admin)(\/|$)/.test(url.pathname)) return;
    // Every pupil page is index.html (a survey link's with its first screen and survey filled in,
    // which the app uses only on that link); the network first, so a new release is picked up.
    event.respondWith(fetch(req).then((res) => keep('/', res), () => caches.match('/').then((hit) => hit || Response.error())));
  } else if (url.pathname.startsWith('/assets/')) {
    // Hashed file names never change: the cache first.
    event.respondWith(caches.match(req).then((hit) => hit || fetch(req).then((res) => keep(req, res))));
  } else if (url.pathname.startsWith('/api/join/')) {
    event.respondWith(fetch(req).then((res) => keep(req, res), () => caches.match(req).then((hit) => hit || Response.error())));
  }
});
