import { TOPICS } from '../comments/topics';
import { count, tallyKey, type Tally } from '../scoring';
import type { Topics } from './schema';

/** Comment topic counts for a group that is shown; for a hidden group, only how many commented. */
export function topicsResult(tally: Tally, hide: boolean): Topics {
  const n = count(tally, tallyKey.commented);
  if (hide) return { n, suppressed: true };
  return {
    n,
    suppressed: false,
    topics: TOPICS.map((t) => ({ id: t.id, label: t.label, count: count(tally, tallyKey.topic(t.id)) })),
    flagged: count(tally, tallyKey.flagged),
  };
}
