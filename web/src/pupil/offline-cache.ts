import { info } from './app-state';

/** The cache `public/sw.js` serves from when there is no connection; keep the two names the same. */
const CACHE = 'heard-pupil-v1';

/**
 * Keeps this page working offline: a service worker serves the app, and this survey, from a
 * cache when the network is gone, so a pupil who reloads in a dead spot still sees their screen
 * and the outbox still sends later. Only what this page has already loaded is kept (never the
 * other languages), and the survey is stored from memory rather than fetched again.
 */
export function keepForOffline() {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const origin = location.origin;
  const assets = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.startsWith(`${origin}/assets/`));
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => caches.open(CACHE))
    .then(async (cache) => {
      await cache.addAll(['/', ...new Set(assets)]);
      const joined = info();
      const joinUrl = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((url) => url.startsWith(`${origin}/api/join/`));
      if (joined && joinUrl) await cache.put(joinUrl, new Response(JSON.stringify(joined), { headers: { 'content-type': 'application/json' } }));
    })
    .catch(() => {
      // No offline copy: everything still works online.
    });
}
