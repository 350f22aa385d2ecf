import { render } from 'solid-js/web';
import { HomePage } from './pupil/home-page';
import { NotFoundPage } from './pupil/not-found-page';
import { SurveyPage } from './pupil/survey-page';
import { lazyPage, Routes, type Route } from './router';
import './styles/pupil.css';

const Failed = () => (
  <main class="page">
    <h1>This page did not load</h1>
    <p>Check your internet connection, then reload the page.</p>
  </main>
);

// Staff, youth council and council pages load only when visited, so a pupil's phone never downloads them.
// solid-js itself lives in this entry chunk for every page, so the app keeps to a few primitives:
// lists are plain Array.map (rebuilt whole when their data changes) because <For> alone adds ~1 KB.
const routes: Route[] = [
  [/^\/$/, HomePage],
  [/^\/j\/([^/]+)\/?$/, SurveyPage],
  [/^\/signin\/?$/, lazyPage(() => import('./staff/signin-page'), Failed)],
  [/^\/reports\/?$/, lazyPage(() => import('./staff/reports-home-page'), Failed)],
  [/^\/reports\/settings\/([^/]+)\/?$/, lazyPage(() => import('./staff/setting-report-page'), Failed)],
  [/^\/reports\/settings\/([^/]+)\/print\/?$/, lazyPage(() => import('./staff/print-report-page'), Failed)],
  [/^\/reports\/city\/?$/, lazyPage(() => import('./staff/city-report-page'), Failed)],
  [/^\/admin\/codes\/?$/, lazyPage(() => import('./staff/join-codes-page'), Failed)],
];

render(() => <Routes routes={routes} fallback={NotFoundPage} />, document.getElementById('root')!);
