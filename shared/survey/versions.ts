import type { Question } from './schema';

/**
 * A later version's questions: the earlier version's, in order and unchanged, with `item` put
 * straight after `afterId`. Trends match questions by id across versions, so ids never move
 * between versions; a missing `afterId` fails loudly rather than putting the item first.
 */
export function withItemAfter<Q extends Question>(questions: readonly Q[], afterId: string, item: Q): Q[] {
  const at = questions.findIndex((q) => q.id === afterId);
  if (at < 0) throw new Error(`no question ${afterId} to put ${item.id} after`);
  return [...questions.slice(0, at + 1), item, ...questions.slice(at + 1)];
}
