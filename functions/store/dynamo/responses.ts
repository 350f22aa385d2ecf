import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Tally } from '../../../shared/scoring';
import { keys } from '../keys';
import type { Store, StoredResponse } from '../types';
import { withoutKeys, type Table } from './table';

const MAX_ATTEMPTS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A year group's tally item holds one set of counters per gender, as `<gender>:<counter>`, so
 * gender breakdowns come from aggregates too, without another item per cell.
 */
const cellAttribute = (gender: string, counter: string) => `${gender}:${counter}`;

function cellsOfItem(item: Record<string, unknown>): Map<string, Tally> {
  const cells = new Map<string, Tally>();
  for (const [attribute, value] of Object.entries(item)) {
    const i = attribute.indexOf(':');
    if (i < 0 || typeof value !== 'number') continue;
    const gender = attribute.slice(0, i);
    const tally = cells.get(gender) ?? {};
    tally[attribute.slice(i + 1)] = value;
    cells.set(gender, tally);
  }
  return cells;
}

/** `ADD #k0 :v0, #k1 :v1 …` for a tally; names go through placeholders because keys contain dots. */
function addExpression(gender: string, tally: Tally) {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = Object.entries(tally).map(([name, value], i) => {
    names[`#k${i}`] = cellAttribute(gender, name);
    values[`:v${i}`] = value;
    return `#k${i} :v${i}`;
  });
  return { UpdateExpression: `ADD ${parts.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

/** Responses, their once-only markers, and the tallies reports read. */
export const responseStore = ({ db, tableName, get, partition }: Table): Pick<
  Store,
  'recordResponse' | 'hasSubmission' | 'readTallies' | 'prepareTallies' | 'addToTallies' | 'listResponses'
> => ({
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
    const command = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: tableName, Item: marker, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Update: { TableName: tableName, Key: keys.tally(response.waveId, response.settingId, response.yearGroup), ...addExpression(gender, tally) } },
        ...(consume ? [consume] : []),
      ],
    });
    for (let attempt = 1; ; attempt++) {
      try {
        await db.send(command);
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
  readTallies: async (waveId) =>
    (await partition(keys.talliesPk(waveId))).flatMap((i) => {
      const { settingId, yearGroup } = keys.parseTallySk(String(i.sk));
      return [...cellsOfItem(i)].map(([gender, tally]) => ({ settingId, yearGroup, gender, tally }));
    }),
  async prepareTallies(waveId, cells) {
    const items = new Map<string, Record<string, unknown>>();
    for (const cell of cells) {
      const key = keys.tally(waveId, cell.settingId, cell.yearGroup);
      const item = items.get(key.sk) ?? { ...key };
      for (const [counter, value] of Object.entries(cell.tally)) item[cellAttribute(cell.gender, counter)] = value;
      items.set(key.sk, item);
    }
    for (const item of items.values()) {
      try {
        await db.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
    }
  },
  async addToTallies(waveId, cells) {
    for (const cell of cells) {
      await db.send(new UpdateCommand({ TableName: tableName, Key: keys.tally(waveId, cell.settingId, cell.yearGroup), ...addExpression(cell.gender, cell.tally) }));
    }
  },
  listResponses: async (waveId, settingId) => (await partition(keys.responsesPk(waveId, settingId))).map((i) => withoutKeys(i) as StoredResponse),
});
