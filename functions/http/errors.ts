import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Problem } from './problem';
import { isStorageUnavailable } from './storage-errors';

const PROBLEM_JSON = 'application/problem+json';

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status, { ...problem.headers, 'content-type': PROBLEM_JSON });
}

/** Turns every error into problem+json. Only a genuine server fault becomes a 500, and it says nothing internal. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof Problem) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status < 500) {
      const detail = err.message || 'The request could not be understood; check its body and headers.';
      return problemResponse(c, new Problem(status, 'request.rejected', 'Request not accepted', detail));
    }
  }
  if (isStorageUnavailable(err)) {
    console.error(JSON.stringify({ level: 'warn', message: 'storage unavailable', error: String(err) }));
    return problemResponse(
      c,
      new Problem(503, 'storage.unavailable', 'Busy for a moment', 'Nothing was saved. Please try again in a few seconds.', undefined, { 'retry-after': '2' }),
    );
  }
  console.error(JSON.stringify({ level: 'error', message: 'unhandled error', error: String(err), stack: err.stack }));
  return problemResponse(
    c,
    new Problem(500, 'server.fault', 'Something went wrong on our side', 'Nothing was saved. Please try again in a minute.'),
  );
}

export function onNotFound(c: Context): Response {
  return problemResponse(c, new Problem(404, 'route.unknown', 'Not found', `There is nothing at ${c.req.method} ${c.req.path}.`));
}
