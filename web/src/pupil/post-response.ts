import type { Submission } from '../../../shared/submission';
import { json } from '../api';

/**
 * Sends one pupil's answers. Only the screens loaded after the first question send, so this is
 * kept out of api.ts, which the first screen's script carries.
 * A hung request on a weak signal would leave a pupil waiting for ever: it gives up after 20 s and
 * the outbox tries again later.
 */
export const postResponse = (submission: Submission) =>
  json<{ status: 'recorded' | 'duplicate' }>(
    fetch('/api/responses', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(submission),
      credentials: 'omit',
      signal: AbortSignal.timeout?.(20_000),
    }),
  );
