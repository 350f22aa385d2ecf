import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps';
import { onError, onNotFound } from './http/errors';
import { auditStaffActions } from './http/audit';
import { compressLarge } from './http/compress';
import { checkingAccounts } from './auth/verifier';
import { codeGuesses } from './domain/guesses';
import { adminRoutes } from './routes/admin';
import { healthRoutes } from './routes/health';
import { joinRoutes } from './routes/join';
import { pupilPageRoutes } from './pupil-page/routes';
import { meRoutes } from './routes/me';
import { publicRoutes } from './routes/public';
import { reportRoutes } from './routes/reports';
import { respondRoutes } from './routes/respond';
import { responseRoutes } from './routes/responses';
import { youSaidRoutes } from './routes/you-said';

/**
 * The whole API under `/api`, and, given the web build's page, the survey links `/j/:code`
 * drawn on the server (functions/pupil-page). The Lambda entry and the local entry differ only in
 * how they serve it.
 */
export function createApp(given: AppDeps) {
  const deps = {
    ...given,
    verify: checkingAccounts(given.verify, (username) => given.store.accountChangedAt(username)),
    guesses: given.guesses ?? codeGuesses({ store: given.store, secret: given.codePepper, now: given.now }),
  };
  const api = new Hono()
    .use(...compressLarge())
    .use(secureHeaders())
    .use(async (c, next) => {
      await next();
      c.header('cache-control', 'no-store');
    })
    .use(auditStaffActions(deps.store, deps.now))
    .route('/', healthRoutes(deps))
    .route('/', joinRoutes(deps))
    .route('/', responseRoutes(deps))
    .route('/', meRoutes(deps))
    .route('/', reportRoutes(deps))
    .route('/', respondRoutes(deps))
    .route('/', youSaidRoutes(deps))
    .route('/', publicRoutes(deps))
    .route('/', adminRoutes(deps));
  const app = new Hono().route('/api', api);
  if (deps.pupilPage) app.use('/j/*', ...compressLarge()).route('/', pupilPageRoutes(deps, deps.pupilPage));
  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
export type AppType = App;
