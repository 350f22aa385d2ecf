import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { Submission } from '../../shared/submission';
import { submitResponse } from '../domain/responses';
import { clientAddress } from '../http/client-address';
import { Problem } from '../http/problem';
import { validate } from '../http/validate';
import type { AppDeps } from '../app-deps';

const limit = bodyLimit({
  maxSize: 64 * 1024,
  onError: () => {
    throw new Problem(413, 'request.too_large', 'Too much to send', 'The answers are too long to send. Please make your comments shorter.');
  },
});

export const responseRoutes = (deps: AppDeps) =>
  new Hono().post('/responses', limit, validate('json', Submission), async (c) => {
    const outcome = await submitResponse(deps, c.req.valid('json'), { from: clientAddress(c, deps.edgeProof) });
    return outcome === 'recorded' ? c.json({ status: 'recorded' as const }, 201) : c.json({ status: 'duplicate' as const }, 200);
  });
