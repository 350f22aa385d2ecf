import { render } from 'solid-js/web';
import '../styles/more.css';
import { lazyPage, Routes, type Route } from '../router';

const Failed = () => (
  <main class="page">
    <h1>This page did not load</h1>
    <p>Check your internet connection, then reload the page.</p>
  </main>
);

const NotFound = () => (
  <main class="page">
    <h1>We could not find that page</h1>
    <p>
      Check the web address, or <a href="/reports">go to your reports</a>.
    </p>
  </main>
);

// Staff, youth council and council pages, each loaded when visited; `boot.ts` sends only their paths here.
const routes: Route[] = [
  [/^\/signin\/?$/, lazyPage(() => import('./signin-page'), Failed)],
  [/^\/signin\/callback\/?$/, lazyPage(() => import('./signin-callback-page'), Failed)],
  [/^\/reports\/?$/, lazyPage(() => import('./reports-home-page'), Failed)],
  [/^\/reports\/settings\/([^/]+)\/?$/, lazyPage(() => import('./setting-report-page'), Failed)],
  [/^\/reports\/settings\/([^/]+)\/print\/?$/, lazyPage(() => import('./print-report-page'), Failed)],
  [/^\/reports\/settings\/([^/]+)\/you-said\/?$/, lazyPage(() => import('./respond/you-said-page'), Failed)],
  [/^\/reports\/city\/?$/, lazyPage(() => import('./city-report-page'), Failed)],
  // Listen and respond: the youth council's workspace (the council reads it too).
  [/^\/respond\/?$/, lazyPage(() => import('./respond/respond-page'), Failed)],
  // The council's console: admin role only (the API checks; the pages say so in words).
  [/^\/admin(\/rounds)?\/?$/, lazyPage(() => import('./admin/rounds-page'), Failed)],
  [/^\/admin\/codes\/?$/, lazyPage(() => import('./admin/join-codes-page'), Failed)],
  [/^\/admin\/codes\/poster\/?$/, lazyPage(() => import('./admin/poster-page'), Failed)],
  [/^\/admin\/single-use\/?$/, lazyPage(() => import('./admin/single-use-page'), Failed)],
  [/^\/admin\/settings\/?$/, lazyPage(() => import('./admin/settings-page'), Failed)],
  [/^\/admin\/accounts\/?$/, lazyPage(() => import('./admin/accounts-page'), Failed)],
  [/^\/admin\/audit\/?$/, lazyPage(() => import('./admin/audit-page'), Failed)],
  [/^\/admin\/answers\/?$/, lazyPage(() => import('./admin/answers-page'), Failed)],
];

export const start = () => render(() => <Routes routes={routes} fallback={NotFound} />, document.getElementById('root')!);
