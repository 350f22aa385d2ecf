import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { Setting, Wave } from '../../shared/catalog';
import type { Tally } from '../../shared/scoring';
import type { Account } from '../accounts/types';
import { keys, type Key } from './keys';
import type { AuditEntry, JoinCodeEntry, OnceBatch, Store, StoredResponse } from './types';

const MAX_ATTEMPTS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, 'pk' | 'sk'> {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest;
}

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

const entryOf = (i: Record<string, unknown>): JoinCodeEntry => ({
  code: String(i.code),
  waveId: String(i.waveId),
  settingId: String(i.settingId),
  ...(i.yearGroup ? { yearGroup: String(i.yearGroup) } : {}),
});

export function dynamoStore(db: DynamoDBDocumentClient, tableName: string): Store {
  const get = async (key: Key) => (await db.send(new GetCommand({ TableName: tableName, Key: key }))).Item;
  const put = async (item: Record<string, unknown>) => {
    await db.send(new PutCommand({ TableName: tableName, Item: item }));
  };
  async function queryAll(input: Omit<QueryCommandInput, 'TableName'>) {
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(new QueryCommand({ TableName: tableName, ...input, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }
  const byPrefix = (pk: string, prefix: string) =>
    queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    });

  return {
    async getSetting(id) {
      const item = await get(keys.setting(id));
      return item ? Setting.parse(withoutKeys(item)) : undefined;
    },
    async listSettings() {
      return (await byPrefix(keys.setting('').pk, keys.settingsPrefix)).map((i) => Setting.parse(withoutKeys(i)));
    },
    putSetting: (setting) => put({ ...keys.setting(setting.id), ...setting }),
    async getWave(id) {
      const item = await get(keys.wave(id));
      return item ? Wave.parse(withoutKeys(item)) : undefined;
    },
    async listWaves() {
      return (await byPrefix(keys.wave('').pk, keys.wavesPrefix)).map((i) => Wave.parse(withoutKeys(i)));
    },
    putWave: (wave) => put({ ...keys.wave(wave.id), ...wave }),
    async findJoinCode(code) {
      const item = await get(keys.code(code));
      return item ? entryOf(item) : undefined;
    },
    async listJoinCodes(waveId) {
      const items = await byPrefix(keys.waveCodesPk(waveId), keys.waveCodesPrefix);
      return items.map(entryOf);
    },
    async putJoinCode(entry: JoinCodeEntry) {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...keys.code(entry.code), ...entry }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: tableName, Item: { ...keys.waveCode(entry.waveId, entry.settingId, entry.code), ...entry } } },
          ],
        }),
      );
    },
    async putOnceCodes(batch, entries) {
      if (entries.length > 99) throw new Error('at most 99 single-use codes fit in one transaction');
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...keys.onceBatch(batch.waveId, batch.batchId), ...batch } } },
            ...entries.map((e) => ({
              Put: { TableName: tableName, Item: { ...keys.onceCode(e.hash), ...e }, ConditionExpression: 'attribute_not_exists(pk)' },
            })),
          ],
        }),
      );
    },
    async findOnceCode(hash) {
      const item = await get(keys.onceCode(hash));
      return item
        ? {
            hash,
            waveId: String(item.waveId),
            settingId: String(item.settingId),
            ...(item.yearGroup ? { yearGroup: String(item.yearGroup) } : {}),
            ...(item.used ? { used: true } : {}),
          }
        : undefined;
    },
    async listOnceBatches(waveId) {
      const items = await byPrefix(keys.waveCodesPk(waveId), keys.onceBatchPrefix);
      return items.map((i) => withoutKeys(i) as unknown as OnceBatch);
    },
    async recordResponse(submissionId: string, response: StoredResponse, { gender, tally }: { gender: string; tally: Tally }, options = {}) {
      // The marker keeps the submissionId and nothing else, so it cannot be tied to the response.
      const marker = { ...keys.submission(submissionId), expiresAt: response.expiresAt };
      const item = { ...keys.response(response.waveId, response.settingId, crypto.randomUUID()), ...response };
      const command = new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: marker, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Update: { TableName: tableName, Key: keys.tally(response.waveId, response.settingId, response.yearGroup), ...addExpression(gender, tally) } },
          // The code is marked used and nothing else: no response id, no time, so no link back.
          ...(options.consumeOnceCode
            ? [
                {
                  Update: {
                    TableName: tableName,
                    Key: keys.onceCode(options.consumeOnceCode),
                    UpdateExpression: 'SET used = :yes',
                    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(used)',
                    ExpressionAttributeValues: { ':yes': true },
                  },
                },
              ]
            : []),
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
    async listAccounts() {
      return (await byPrefix(keys.account('').pk, keys.accountsPrefix)).map((i) => withoutKeys(i) as unknown as Account);
    },
    putAccount: (account) => put({ ...keys.account(account.username), ...account }),
    async recordAudit(entry, keepDays) {
      const day = entry.at.slice(0, 10);
      await put({ ...keys.audit(day, entry.at), ...entry, expiresAt: Math.floor(Date.parse(entry.at) / 1000) + keepDays * 86_400 });
    },
    async listAudit(day) {
      const items = await queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.auditPk(day) } });
      return items.map((i) => {
        const { expiresAt: _e, ...entry } = withoutKeys(i);
        return entry as unknown as AuditEntry;
      });
    },
    async hasSubmission(submissionId) {
      return Boolean(await get(keys.submission(submissionId)));
    },
    async readTallies(waveId) {
      const items = await queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.talliesPk(waveId) } });
      return items.flatMap((i) => {
        const { settingId, yearGroup } = keys.parseTallySk(String(i.sk));
        return [...cellsOfItem(i)].map(([gender, tally]) => ({ settingId, yearGroup, gender, tally }));
      });
    },
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
        const key = keys.tally(waveId, cell.settingId, cell.yearGroup);
        await db.send(new UpdateCommand({ TableName: tableName, Key: key, ...addExpression(cell.gender, cell.tally) }));
      }
    },
    async listResponses(waveId, settingId) {
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.responsesPk(waveId, settingId) },
      });
      return items.map((i) => withoutKeys(i) as StoredResponse);
    },
  };
}
