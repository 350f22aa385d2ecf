import { Hono } from 'hono';
import * as z from 'zod';
import { AnswerFields, FindingId, NewUpdate } from '../../../shared/respond/schema';
import type { AppDeps } from '../../app-deps';
import { addAnswerUpdate, publishAnswer, saveAnswer } from '../../domain/respond/answers';
import { adminAnswersView } from '../../domain/respond/views';
import { validate } from '../../http/validate';

const Param = z.object({ findingId: FindingId });

/** The council's answers to the youth council's agreed findings: write, update, publish (docs/respond.md). */
export const answerAdminRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/admin/answers', async (c) => c.json(await adminAnswersView(deps)))
    .put('/admin/answers/:findingId', validate('param', Param), validate('json', AnswerFields), async (c) => {
      const { answer, warnings, created } = await saveAnswer(deps, c.req.valid('param').findingId, c.req.valid('json'));
      return c.json({ answer, warnings }, created ? 201 : 200);
    })
    .post('/admin/answers/:findingId/updates', validate('param', Param), validate('json', NewUpdate), async (c) =>
      c.json(await addAnswerUpdate(deps, c.req.valid('param').findingId, c.req.valid('json')), 201),
    )
    .post('/admin/answers/:findingId/publish', validate('param', Param), async (c) =>
      c.json({ answer: await publishAnswer(deps, c.req.valid('param').findingId) }),
    );
