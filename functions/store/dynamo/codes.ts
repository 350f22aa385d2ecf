import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';
import type { JoinCodeEntry, OnceBatch, Store } from '../types';
import { withoutKeys, type Table } from './table';

const entryOf = (i: Record<string, unknown>): JoinCodeEntry => ({
  code: String(i.code),
  waveId: String(i.waveId),
  settingId: String(i.settingId),
  ...(i.yearGroup ? { yearGroup: String(i.yearGroup) } : {}),
});

/** Join codes (a lookup item and a wave listing item, written together) and single-use codes. */
export const codeStore = ({ db, tableName, get, byPrefix }: Table): Pick<
  Store,
  'findJoinCode' | 'listJoinCodes' | 'putJoinCode' | 'deleteJoinCode' | 'putOnceCodes' | 'findOnceCode' | 'listOnceBatches'
> => {
  /**
   * Reports read a setting's tallies only if the wave lists the setting (tallies.ts), so any code a
   * pupil can send with lists it first: a response is never counted where no report looks. Written
   * before the code, idempotent, and harmless on its own if the code's own write then fails.
   */
  const noteTallied = (waveId: string, settingId: string) =>
    db.send(new PutCommand({ TableName: tableName, Item: { ...keys.talliedSetting(waveId, settingId), settingId } }));
  return {
    async findJoinCode(code) {
      const item = await get(keys.code(code));
      return item ? entryOf(item) : undefined;
    },
    listJoinCodes: async (waveId) => (await byPrefix(keys.waveCodesPk(waveId), keys.waveCodesPrefix)).map(entryOf),
    async putJoinCode(entry) {
      await noteTallied(entry.waveId, entry.settingId);
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...keys.code(entry.code), ...entry }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: tableName, Item: { ...keys.waveCode(entry.waveId, entry.settingId, entry.code), ...entry } } },
          ],
        }),
      );
    },
    async deleteJoinCode(waveId, code) {
      const item = await get(keys.code(code));
      if (!item || item.waveId !== waveId) return false;
      const entry = entryOf(item);
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName: tableName, Key: keys.code(code) } },
            { Delete: { TableName: tableName, Key: keys.waveCode(entry.waveId, entry.settingId, code) } },
          ],
        }),
      );
      return true;
    },
    async putOnceCodes(batch, entries) {
      if (entries.length > 99) throw new Error('at most 99 single-use codes fit in one transaction');
      await noteTallied(batch.waveId, batch.settingId);
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...keys.onceBatch(batch.waveId, batch.batchId), ...batch } } },
            ...entries.map((e) => ({ Put: { TableName: tableName, Item: { ...keys.onceCode(e.hash), ...e }, ConditionExpression: 'attribute_not_exists(pk)' } })),
          ],
        }),
      );
    },
    async findOnceCode(hash) {
      const item = await get(keys.onceCode(hash));
      if (!item) return undefined;
      return {
        hash,
        waveId: String(item.waveId),
        settingId: String(item.settingId),
        ...(item.yearGroup ? { yearGroup: String(item.yearGroup) } : {}),
        ...(item.used ? { used: true } : {}),
      };
    },
    listOnceBatches: async (waveId) => (await byPrefix(keys.waveCodesPk(waveId), keys.onceBatchPrefix)).map((i) => withoutKeys(i) as unknown as OnceBatch),
  };
};
