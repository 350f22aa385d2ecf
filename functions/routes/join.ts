import { Hono } from 'hono';
import * as z from 'zod';
import { Language } from '../../shared/survey/schema';
import { dayOf } from '../domain/calendar';
import { joinInfo, openJoinCode } from '../domain/join';
import { clientAddress } from '../http/client-address';
import { validate } from '../http/validate';
import type { AppDeps } from '../app-deps';

const Query = z.object({ lang: Language.default('en') });
// Loose on purpose: any code-like text gets a friendly 404 from the lookup, not a 400.
const Param = z.object({ code: z.string().min(1).max(64, 'a join code is 9 letters and numbers') });

/** What a pupil's device needs to show the survey: the wave, the setting's name, and the survey in one language. */
export const joinRoutes = (deps: AppDeps) =>
  new Hono().get('/join/:code', validate('param', Param), validate('query', Query), async (c) => {
    const joined = await openJoinCode(deps, c.req.valid('param').code, dayOf(deps.now()), { from: clientAddress(c, deps.edgeProof), withHeard: true });
    return c.json(joinInfo(joined, c.req.valid('query').lang));
  });
