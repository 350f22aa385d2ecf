import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Finding } from '../../../shared/respond/schema';
import type { CityAnswer, SettingEntry } from '../../../shared/respond/schema';
import { keys, type Key } from '../keys';
import type { Store, StoredLine, StoredRanking } from '../types';
import { withoutKeys, type Table } from './table';

type Versioned = { version: number };

/** Findings, answers, a setting's own entries, rankings and the ready-made survey-link lines. */
export const respondStore = ({ db, tableName, get, put, byPrefix }: Table): Pick<
  Store,
  | 'listFindings'
  | 'getFinding'
  | 'putFinding'
  | 'deleteFinding'
  | 'listAnswers'
  | 'getAnswer'
  | 'putAnswer'
  | 'listEntries'
  | 'getEntry'
  | 'putEntry'
  | 'putRanking'
  | 'listRankings'
  | 'putHeardLine'
  | 'getHeardLines'
> => {
  /** Writes `item` at `key` as version expected + 1, only if the stored version is still `expected`. */
  async function putVersioned(key: Key, item: Versioned, expected: number | undefined): Promise<boolean> {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, ...item },
          ...(expected === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expected } }),
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }
  const findingOf = (i: Record<string, unknown>) => Finding.parse(withoutKeys(i));
  return {
    listFindings: async () => (await byPrefix(keys.respondPk, keys.findingsPrefix)).map(findingOf),
    async getFinding(id) {
      const item = await get(keys.finding(id));
      return item ? findingOf(item) : undefined;
    },
    putFinding: (f, expected) => putVersioned(keys.finding(f.id), f, expected),
    async deleteFinding(id, expected) {
      try {
        await db.send(
          new DeleteCommand({ TableName: tableName, Key: keys.finding(id), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expected } }),
        );
        return true;
      } catch (err) {
        if (err instanceof ConditionalCheckFailedException) return false;
        throw err;
      }
    },
    listAnswers: async () => (await byPrefix(keys.respondPk, keys.answersPrefix)).map((i) => withoutKeys(i) as unknown as CityAnswer),
    async getAnswer(findingId) {
      const item = await get(keys.answer(findingId));
      return item ? (withoutKeys(item) as unknown as CityAnswer) : undefined;
    },
    putAnswer: (a, expected) => putVersioned(keys.answer(a.findingId), a, expected),
    listEntries: async (settingId) =>
      (await byPrefix(keys.entriesPk(settingId), keys.entriesPrefix)).map((i) => withoutKeys(i) as unknown as SettingEntry),
    async getEntry(settingId, entryId) {
      const item = await get(keys.entry(settingId, entryId));
      return item ? (withoutKeys(item) as unknown as SettingEntry) : undefined;
    },
    putEntry: (e, expected) => putVersioned(keys.entry(e.settingId, e.id), e, expected),
    putRanking: (r) => put({ ...keys.ranking(r.waveId, r.member), ...r }),
    listRankings: async (waveId) => (await byPrefix(keys.respondPk, keys.rankingsPrefix(waveId))).map((i) => withoutKeys(i) as unknown as StoredRanking),
    async putHeardLine(scope, line) {
      if (line) await put({ ...keys.heardLine(scope), ...line });
      else await db.send(new DeleteCommand({ TableName: tableName, Key: keys.heardLine(scope) }));
    },
    async getHeardLines(scopes) {
      if (scopes.length === 0) return {};
      const { Responses } = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: scopes.map(keys.heardLine) } } }));
      const out: Record<string, StoredLine> = {};
      for (const item of Responses?.[tableName] ?? []) {
        const { said, saidIn, did, didIn } = item as Record<string, unknown>;
        out[String(item.sk).slice('LINE#'.length)] = { said, saidIn, did, didIn } as StoredLine;
      }
      return out;
    },
  };
};
