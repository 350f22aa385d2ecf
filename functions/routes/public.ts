import { Hono } from 'hono';
import * as z from 'zod';
import { SettingId } from '../../shared/catalog';
import { Language } from '../../shared/survey/schema';
import type { AppDeps } from '../app-deps';
import { buildBoard } from '../domain/respond/board';
import { validate } from '../http/validate';

const Query = z.object({ lang: Language.default('en') });

/** "You said, we did" for anyone, no sign-in: only what has been published, for the city or one setting. */
export const publicRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/public/you-said', validate('query', Query), async (c) => c.json(await buildBoard(deps, c.req.valid('query').lang)))
    .get('/public/you-said/:settingId', validate('param', z.object({ settingId: SettingId })), validate('query', Query), async (c) =>
      c.json(await buildBoard(deps, c.req.valid('query').lang, c.req.valid('param').settingId)),
    );
