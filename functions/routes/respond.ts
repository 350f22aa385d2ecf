import { Hono } from 'hono';
import * as z from 'zod';
import { WaveId } from '../../shared/catalog';
import { Ballot, FindingChanges, FindingId, NewFinding, NewNote, NewVerdict, Ranking } from '../../shared/respond/schema';
import type { AppDeps } from '../app-deps';
import { requireRole, type AuthEnv } from '../auth/middleware';
import { recordVerdict } from '../domain/respond/answers';
import { rankings, setBallot, setRanking } from '../domain/respond/ballot';
import { addNote, agreeFinding, draftFinding, editFinding, withdrawFinding } from '../domain/respond/findings';
import { findingsView, roundsView } from '../domain/respond/views';
import { waveOrThrow } from '../domain/wave-admin';
import { validate } from '../http/validate';
import { noDraftsUnlessAdmin } from '../http/no-drafts';

const FindingParam = z.object({ findingId: FindingId });
const WaveParam = z.object({ waveId: WaveId });

/**
 * The youth council's workspace (docs/respond.md): findings from a closed round, notes, agreeing,
 * the ballot for the next round and their own ranking of it, and verdicts on the council's
 * answers. Admin may read it; only the youth council writes in it.
 */
export const respondRoutes = (deps: AppDeps) => {
  const readers = requireRole(deps.verify, 'youth-council', 'admin');
  const youth = requireRole(deps.verify, 'youth-council');
  return new Hono<AuthEnv>()
    .get('/respond/rounds', readers, async (c) => c.json(await roundsView(deps)))
    .get('/respond/findings', readers, validate('query', z.object({ wave: WaveId })), noDraftsUnlessAdmin(deps.store), async (c) =>
      c.json(await findingsView(deps, c.req.valid('query').wave, c.get('principal').name)),
    )
    .post('/respond/findings', youth, validate('json', NewFinding), async (c) => c.json(await draftFinding(deps, c.req.valid('json')), 201))
    .patch('/respond/findings/:findingId', youth, validate('param', FindingParam), validate('json', FindingChanges), async (c) =>
      c.json(await editFinding(deps, c.req.valid('param').findingId, c.req.valid('json'))),
    )
    .delete('/respond/findings/:findingId', youth, validate('param', FindingParam), async (c) => {
      await withdrawFinding(deps, c.req.valid('param').findingId);
      return c.body(null, 204);
    })
    .post('/respond/findings/:findingId/notes', youth, validate('param', FindingParam), validate('json', NewNote), async (c) =>
      c.json({ finding: await addNote(deps, c.req.valid('param').findingId, c.req.valid('json').text, c.get('principal')) }, 201),
    )
    .post('/respond/findings/:findingId/agree', youth, validate('param', FindingParam), async (c) =>
      c.json({ finding: await agreeFinding(deps, c.req.valid('param').findingId) }),
    )
    .put('/respond/ballots/:waveId', youth, validate('param', WaveParam), validate('json', Ballot), async (c) =>
      c.json({ wave: await setBallot(deps, c.req.valid('param').waveId, c.req.valid('json').findingIds) }),
    )
    .put('/respond/rankings/:waveId', youth, validate('param', WaveParam), validate('json', Ranking), async (c) => {
      const { waveId } = c.req.valid('param');
      await setRanking(deps, waveId, c.req.valid('json').order, c.get('principal'));
      return c.json({ rankings: await rankings(deps, await waveOrThrow(deps.store, waveId), c.get('principal').name) });
    })
    .put('/respond/answers/:findingId/verdict', youth, validate('param', FindingParam), validate('json', NewVerdict), async (c) =>
      c.json({ answer: await recordVerdict(deps, c.req.valid('param').findingId, c.req.valid('json')) }),
    );
};
