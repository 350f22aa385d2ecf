import { marshall } from '@aws-sdk/util-dynamodb';
import { TOPICS } from '../../shared/comments/topics';
import { emptyTally } from '../../shared/scoring';
import { secondarySurvey } from '../../shared/survey';
import { TALLY_SHARDS } from '../../functions/store/keys';
import { itemBytes, transactionalWriteUnits } from './capacity';

/** The tally layout the store uses now, for the simulation's keys. */
export const TALLY_DESIGN = { shards: TALLY_SHARDS };

/** Counters as they stand part way through a round: counts in the hundreds, sums and sums of squares of scores in hundredths. */
const midRound = (counter: string) => (counter.endsWith('.s') ? 1_500_000 : counter.endsWith('.q') ? 200_000_000 : 120);

/**
 * Write units of one send's tally update in the layout before tally shards (one item per setting ×
 * year group holding `<gender>:<counter>` for four genders), from DynamoDB's size rules.
 */
export function legacyTallyUnits(): number {
  const item: Record<string, string | number> = { pk: 'TALLY#autumn-2026', sk: 'oakwood-high#9' };
  for (const gender of ['girl', 'boy', 'another', 'unknown']) {
    for (const counter of Object.keys(emptyTally(secondarySurvey, TOPICS.map((t) => t.id)))) item[`${gender}:${counter}`] = midRound(counter);
  }
  return transactionalWriteUnits(itemBytes(marshall(item) as never));
}
