import { randomInt } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TallyCell } from '../../../shared/report';
import type { Tally } from '../../../shared/scoring';
import { keys, TALLY_SHARDS } from '../keys';
import type { Store } from '../types';
import { inParallel, type Table } from './table';

/**
 * Tallies, as reports read them: one item per setting × year group × gender × shard, its counters
 * as plain attributes (`n`, `a.belong.3`, …), under one partition key per setting and shard. A send
 * adds to one shard chosen at random, so a year group sending at once is spread over
 * TALLY_SHARDS items and partition keys, and no key is shared by the whole round; readers add the
 * shards up, so what they return is the same as one item per cell would give. Every shard is
 * created at zero when a setting joins, so a report reads the same items at 10 or 100,000 responses.
 *
 * Small items matter as much as spreading: DynamoDB charges a write by the whole item's size
 * (twice, in a transaction), and one cell's counters are a quarter of what a year group's item
 * with every gender in it was (docs/capacity.md has the units).
 */
const SHARDS = Array.from({ length: TALLY_SHARDS }, (_, i) => i);
const PARALLEL = 8;

/** Counters of an item: every number but the keys. */
function countersOf(item: Record<string, unknown>): Tally {
  const tally: Tally = {};
  for (const [name, value] of Object.entries(item)) if (typeof value === 'number' && name !== 'pk' && name !== 'sk') tally[name] = value;
  return tally;
}

/** Items written before shards: one per setting × year group, counters as `<gender>:<counter>`. */
function legacyCells(item: Record<string, unknown>): TallyCell[] {
  const { settingId, yearGroup } = keys.parseLegacyTallySk(String(item.sk));
  const cells = new Map<string, Tally>();
  for (const [attribute, value] of Object.entries(item)) {
    const i = attribute.indexOf(':');
    if (i < 0 || typeof value !== 'number') continue;
    const tally = cells.get(attribute.slice(0, i)) ?? {};
    tally[attribute.slice(i + 1)] = value;
    cells.set(attribute.slice(0, i), tally);
  }
  return [...cells].map(([gender, tally]) => ({ settingId, yearGroup, gender, tally }));
}

/** `ADD #k0 :v0, #k1 :v1 …` for a tally; names go through placeholders because they contain dots. */
export function addExpression(tally: Tally) {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = Object.entries(tally).map(([name, value], i) => {
    names[`#k${i}`] = name;
    values[`:v${i}`] = value;
    return `#k${i} :v${i}`;
  });
  return { UpdateExpression: `ADD ${parts.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

/** The update that adds one response's counters to its cell, on a shard picked at random (a new one on each try). */
export const tallyUpdate = (tableName: string, waveId: string, settingId: string, yearGroup: string, gender: string, tally: Tally) => ({
  TableName: tableName,
  Key: keys.tally(waveId, settingId, randomInt(TALLY_SHARDS), yearGroup, gender),
  ...addExpression(tally),
});

export const tallyStore = ({ db, tableName, partition, byPrefix }: Table): Pick<Store, 'readTallies' | 'prepareTallies' | 'addToTallies'> => {
  /** The settings a wave has tallies for, so readers know which partitions to read; written when a setting joins. */
  const noteSettings = (waveId: string, cells: Iterable<TallyCell>) =>
    inParallel([...new Set([...cells].map((c) => c.settingId))], PARALLEL, (settingId) =>
      db.send(new PutCommand({ TableName: tableName, Item: { ...keys.talliedSetting(waveId, settingId), settingId } })),
    );
  async function putMissing(items: Record<string, unknown>[], attempt = 1): Promise<void> {
    if (!items.length) return;
    try {
      await db.send(
        new TransactWriteCommand({ TransactItems: items.map((Item) => ({ Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } })) }),
      );
    } catch (err) {
      if (!(err instanceof TransactionCanceledException) || attempt >= 8) throw err;
      const reasons = err.CancellationReasons ?? [];
      if (!reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
      return putMissing(items.filter((_, i) => reasons[i]?.Code !== 'ConditionalCheckFailed'), attempt + 1);
    }
  }
  return {
    async readTallies(waveId) {
      const settings = (await byPrefix(keys.talliedSettingsPk(waveId), keys.talliedSettingsPrefix)).map((i) => String(i.settingId));
      const [sharded, legacy] = await Promise.all([
        inParallel(
          settings.flatMap((settingId) => SHARDS.map((shard) => ({ settingId, shard }))),
          PARALLEL,
          async ({ settingId, shard }) =>
            (await partition(keys.tallyPk(waveId, settingId, shard))).map((i) => ({ settingId, ...keys.parseTallySk(String(i.sk)), tally: countersOf(i) })),
        ),
        partition(keys.legacyTalliesPk(waveId)),
      ]);
      // The shards of a cell (and any item from before shards) added into one tally, in place.
      const sums = new Map<string, TallyCell>();
      for (const cell of [...sharded.flat(), ...legacy.flatMap(legacyCells)]) {
        const key = `${cell.settingId}\u0000${cell.yearGroup}\u0000${cell.gender}`;
        const sum = sums.get(key);
        if (!sum) sums.set(key, cell);
        else for (const [counter, value] of Object.entries(cell.tally)) sum.tally[counter] = (sum.tally[counter] ?? 0) + value;
      }
      return [...sums.keys()].sort().map((k) => sums.get(k)!);
    },
    async prepareTallies(waveId, cells) {
      await noteSettings(waveId, cells);
      const items = cells.flatMap((cell) => SHARDS.map((shard) => ({ ...keys.tally(waveId, cell.settingId, shard, cell.yearGroup, cell.gender), ...cell.tally })));
      // A transaction per 50 items, each put only if the item is missing; the ones that exist
      // (already counting) are named in the cancellation and left alone on the next try.
      const chunks = Array.from({ length: Math.ceil(items.length / 50) }, (_, i) => items.slice(i * 50, i * 50 + 50));
      await inParallel(chunks, PARALLEL, (chunk) => putMissing(chunk));
    },
    async addToTallies(waveId, cells) {
      await noteSettings(waveId, cells);
      await inParallel(cells, PARALLEL, (cell) =>
        db.send(new UpdateCommand({ TableName: tableName, Key: keys.tally(waveId, cell.settingId, 0, cell.yearGroup, cell.gender), ...addExpression(cell.tally) })),
      );
    },
  };
};
