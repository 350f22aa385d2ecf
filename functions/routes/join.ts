import { Hono } from 'hono';
import { z } from 'zod';
import { Language } from '../../shared/survey/schema';
import { forLanguage } from '../../shared/survey';
import { dayOf } from '../domain/calendar';
import { openJoinCode } from '../domain/join';
import { validate } from '../http/validate';
import type { AppDeps } from '../app-deps';

const Query = z.object({ lang: Language.default('en') });

/** What a pupil's device needs to show the survey: the wave, the setting's name, and the survey in one language. */
export const joinRoutes = ({ store, now }: AppDeps) =>
  new Hono().get('/join/:code', validate('query', Query), async (c) => {
    const { wave, setting, survey } = await openJoinCode(store, c.req.param('code'), dayOf(now()));
    return c.json({
      wave: { id: wave.id, title: wave.title, closesOn: wave.closesOn },
      setting: { id: setting.id, name: setting.name },
      survey: forLanguage(survey, c.req.valid('query').lang),
    });
  });
