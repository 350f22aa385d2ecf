import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Tally } from '../../../shared/scoring';
import { keys } from '../keys';
import type { Store, StoredResponse } from '../types';
import { withoutKeys, type Table } from './table';
import { tallyUpdate } from './tallies';

const MAX_ATTEMPTS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Responses and their once-only markers; the tallies they add to are in tallies.ts. */
export const responseStore = ({ db, tableName, get, partition }: Table): Pick<Store, 'recordResponse' | 'hasSubmission' | 'listResponses'> => ({
  async recordResponse(submissionId: string, response: StoredResponse, { gender, tally }: { gender: string; tally: Tally }, options = {}) {
    // The marker keeps the submissionId and nothing else, so it cannot be tied to the response.
    const marker = { ...keys.submission(submissionId), expiresAt: response.expiresAt };
    const item = { ...keys.response(response.waveId, response.settingId, crypto.randomUUID()), ...response };
    const consume = options.consumeOnceCode && {
      Update: {
        TableName: tableName,
        Key: keys.onceCode(options.consumeOnceCode),
        // Marked used and nothing else: no response id, no time, so no link back.
        UpdateExpression: 'SET used = :yes',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(used)',
        ExpressionAttributeValues: { ':yes': true },
      },
    };
    // Built afresh on each try: a try after a conflict adds to another shard, chosen at random.
    const command = () =>
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: marker, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Update: tallyUpdate(tableName, response.waveId, response.settingId, response.yearGroup, gender, tally) },
          ...(consume ? [consume] : []),
        ],
      });
    for (let attempt = 1; ; attempt++) {
      try {
        await db.send(command());
        return 'recorded';
      } catch (err) {
        if (!(err instanceof TransactionCanceledException)) throw err;
        const reasons = err.CancellationReasons ?? [];
        if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
        if (reasons[3]?.Code === 'ConditionalCheckFailed') return 'used';
        // Pupils in one class submit together, so transactions on a tally collide; retry with jitter.
        if (!reasons.some((r) => r.Code === 'TransactionConflict') || attempt >= MAX_ATTEMPTS) throw err;
        await sleep(Math.random() * 20 * 2 ** attempt);
      }
    }
  },
  hasSubmission: async (submissionId) => Boolean(await get(keys.submission(submissionId))),
  listResponses: async (waveId, settingId) => (await partition(keys.responsesPk(waveId, settingId))).map((i) => withoutKeys(i) as StoredResponse),
});
