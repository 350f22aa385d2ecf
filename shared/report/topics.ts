import { TOPICS } from '../comments/topics';
import { count, tallyKey, type Tally } from '../scoring';
import type { Dimension, Topics, TopicsHiddenReason } from './schema';

/**
 * The one dimension comment topics and comments are shown by, besides the whole setting. Only
 * one, so two views can never be intersected: year groups are disjoint, and every year group a
 * report shows has passed the suppression engine with its complements.
 */
export const COMMENT_DIMENSION: Dimension = 'year';

/** Whether a view (the whole group, or one group of a dimension) may show topics and comments. */
export function commentsHiddenReason(groupHidden: boolean, dimension?: Dimension): TopicsHiddenReason | undefined {
  if (dimension && dimension !== COMMENT_DIMENSION) return 'dimension';
  return groupHidden ? 'small' : undefined;
}

/** Comment topic counts for a group that may show them; otherwise only why not. */
export function topicsResult(tally: Tally, hidden: TopicsHiddenReason | undefined): Topics {
  if (hidden) return { suppressed: true, reason: hidden };
  return {
    n: count(tally, tallyKey.commented),
    suppressed: false,
    topics: TOPICS.map((t) => ({ id: t.id, label: t.label, count: count(tally, tallyKey.topic(t.id)) })),
    flagged: count(tally, tallyKey.flagged),
  };
}
