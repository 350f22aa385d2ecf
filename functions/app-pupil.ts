import { Hono } from 'hono';
import { apiBase, appWith, guessesOf, type AppOptions } from './app-common';
import type { AppDeps, PupilDeps } from './app-deps';
import { compressLarge } from './http/compress';
import { pupilPageRoutes } from './pupil-page/routes';
import { healthRoutes } from './routes/health';
import { joinRoutes } from './routes/join';
import { responseRoutes } from './routes/responses';

/**
 * The pupils' routes: `/health`, `/join/:code` and `/responses` (to go under `/api`), and, given
 * the web build's page, the survey links `/j/:code` drawn on the server (functions/pupil-page).
 * Nothing here signs anyone in or reads a report.
 */
export function pupilRoutes(deps: PupilDeps) {
  // The route modules are typed on AppDeps but read only PupilDeps' fields (the store, the code
  // pepper, the clock, the edge proof, retention) and the limit added here. Object.create keeps
  // `deps` itself, getters included, behind that one field (lambda-pupil.ts reads the pepper late).
  const routeDeps = Object.assign(Object.create(deps) as AppDeps, { guesses: guessesOf(deps) });
  return {
    api: new Hono().route('/', healthRoutes(deps)).route('/', joinRoutes(routeDeps)).route('/', responseRoutes(routeDeps)),
    /** Adds the survey links to `app`, if there is a page to draw them in. */
    addPage: (app: Hono) => (deps.pupilPage ? app.use('/j/*', ...compressLarge()).route('/', pupilPageRoutes(routeDeps, deps.pupilPage)) : app),
  };
}

/** The pupils' half of the app, as `functions/lambda-pupil.ts` serves it. */
export function pupilApp(deps: PupilDeps, options: AppOptions = {}) {
  const pupil = pupilRoutes(deps);
  return appWith(options, (app) => pupil.addPage(app.route('/api', apiBase().route('/', pupil.api))));
}
