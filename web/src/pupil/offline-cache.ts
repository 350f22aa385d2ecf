import { joinPath } from '../paths';
import { info, opened } from './app-state';
import { lang } from './i18n';

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
      // Under the address boot.ts asks for it at (on a survey link the server sent it inside the page).
      const joined = info();
      if (joined && opened.code) await cache.put(joinPath(opened.code, lang()), new Response(JSON.stringify(joined), { headers: { 'content-type': 'application/json' } }));
    })
    .catch(() => {
      // No offline copy: everything still works online.
    });
}
