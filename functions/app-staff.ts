import { Hono } from 'hono';
import { apiBase, appWith, guessesOf, type AppOptions } from './app-common';
import type { AppDeps } from './app-deps';
import { checkingAccounts } from './auth/verifier';
import { auditStaffActions } from './http/audit';
import { adminRoutes } from './routes/admin';
import { meRoutes } from './routes/me';
import { publicRoutes } from './routes/public';
import { reportRoutes } from './routes/reports';
import { respondRoutes } from './routes/respond';
import { youSaidRoutes } from './routes/you-said';

/**
 * Everything under `/api` that is not the pupils': who is signed in, reports, listen and respond,
 * a setting's "You said, we did", the public board, and the council's admin. Every signed-in
 * request is audited, and a token issued before its account last changed is refused.
 */
export function staffRoutes(given: AppDeps) {
  const deps: AppDeps = {
    ...given,
    verify: checkingAccounts(given.verify, (username) => given.store.accountChangedAt(username)),
    guesses: guessesOf(given),
  };
  return new Hono()
    .use(auditStaffActions(deps.store, deps.now))
    .route('/', meRoutes(deps))
    .route('/', reportRoutes(deps))
    .route('/', respondRoutes(deps))
    .route('/', youSaidRoutes(deps))
    .route('/', publicRoutes(deps))
    .route('/', adminRoutes(deps));
}

/** The staff half of the app, as `functions/lambda-staff.ts` serves it. */
export function staffApp(deps: AppDeps, options: AppOptions = {}) {
  return appWith(options, (app) => app.route('/api', apiBase().route('/', staffRoutes(deps))));
}
