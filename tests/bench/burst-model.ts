import { seededRandom } from '../../functions/local/random';

/**
 * The burst as DynamoDB on AWS would see it, modelled event by event, so the figures do not depend
 * on how busy this machine is: pupils press Send at random moments; each send spends
 * `beforeMs` on its look-ups, then its transaction holds its tally item for `holdMs`; a transaction
 * that meets one still holding the same item is cancelled (TransactionConflict) after `cancelMs`,
 * and the store tries again after a jittered back-off, as functions/store/dynamo/responses.ts does
 * (up to 8 tries, waiting up to 20 × 2^try ms). Which item a send lands on is the design.
 */
export type BurstModel = {
  pupils: number;
  withinMs: number;
  /** Picks the tally item of one try: the design under test. */
  item: (pupil: number, rnd: () => number) => string;
  beforeMs?: number;
  holdMs?: number;
  cancelMs?: number;
  tries?: number;
  seed?: number;
};

type Event = { at: number; pupil: number; attempt: number };

export function modelBurst({ pupils, withinMs, item, beforeMs = 25, holdMs = 25, cancelMs = 10, tries = 8, seed = 7 }: BurstModel) {
  const rnd = seededRandom(seed).next;
  const arrivals = Array.from({ length: pupils }, () => rnd() * withinMs);
  const queue: Event[] = arrivals.map((a, pupil) => ({ at: a + beforeMs * (0.6 + 0.8 * rnd()), pupil, attempt: 1 })).sort((x, y) => x.at - y.at);
  const heldUntil = new Map<string, number>();
  const attempts = new Array<number>(pupils).fill(0);
  const latencies: number[] = [];
  let failed = 0;
  let conflicts = 0;
  const push = (e: Event) => {
    let i = queue.length;
    while (i > 0 && queue[i - 1]!.at > e.at) i--;
    queue.splice(i, 0, e);
  };
  while (queue.length) {
    const e = queue.shift()!;
    attempts[e.pupil] = e.attempt;
    const key = item(e.pupil, rnd);
    if ((heldUntil.get(key) ?? -1) > e.at) {
      conflicts++;
      if (e.attempt >= tries) {
        failed++;
        latencies.push(e.at + cancelMs - arrivals[e.pupil]!);
        continue;
      }
      push({ at: e.at + cancelMs + rnd() * 20 * 2 ** e.attempt, pupil: e.pupil, attempt: e.attempt + 1 });
      continue;
    }
    heldUntil.set(key, e.at + holdMs);
    latencies.push(e.at + holdMs - arrivals[e.pupil]!);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { attempts, meanAttempts: attempts.reduce((a, b) => a + b, 0) / pupils, maxAttempts: Math.max(...attempts), p50: q(0.5), p99: q(0.99), failed, conflicts };
}

/** A year group's genders, as the capacity model assumes: girls and boys alike, a few another way or not saying. */
export const genderOf = (r: number) => (r < 0.48 ? 'girl' : r < 0.96 ? 'boy' : r < 0.98 ? 'another' : 'none');
