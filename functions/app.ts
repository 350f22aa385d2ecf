import { apiBase, appWith } from './app-common';
import type { AppDeps } from './app-deps';
import { pupilRoutes } from './app-pupil';
import { staffRoutes } from './app-staff';

/**
 * The whole API under `/api`, and, given the web build's page, the survey links `/j/:code`: the
 * pupils' half (app-pupil.ts) and the staff half (app-staff.ts) in one app, as the local server
 * and the tests serve it. In AWS each half is its own Lambda function (lambda-pupil.ts,
 * lambda-staff.ts), behind the same HTTP API; the halves share every route module, and only the
 * entries differ.
 */
export function createApp(deps: AppDeps) {
  const pupil = pupilRoutes(deps);
  return appWith({}, (app) => pupil.addPage(app.route('/api', apiBase().route('/', pupil.api).route('/', staffRoutes(deps)))));
}

export type App = ReturnType<typeof createApp>;
export type AppType = App;
