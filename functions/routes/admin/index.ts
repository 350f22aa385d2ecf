import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { requireRole } from '../../auth/middleware';
import { accountAdminRoutes } from './accounts';
import { answerAdminRoutes } from './answers';
import { auditAdminRoutes } from './audit';
import { codeAdminRoutes } from './codes';
import { settingAdminRoutes } from './settings';
import { waveAdminRoutes } from './waves';

/** Everything under /admin is the council's: admin role only. */
export const adminRoutes = (deps: AppDeps) =>
  new Hono()
    .use('/admin/*', requireRole(deps.verify, 'admin'))
    .route('/', waveAdminRoutes(deps))
    .route('/', codeAdminRoutes(deps))
    .route('/', settingAdminRoutes(deps))
    .route('/', auditAdminRoutes(deps))
    .route('/', accountAdminRoutes(deps))
    .route('/', answerAdminRoutes(deps));
