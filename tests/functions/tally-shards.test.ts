import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys, TALLY_SHARDS } from '../../functions/store/keys';
import { meterReads } from '../bench/capacity';
import { testApp } from '../support/app';
import { codes, submission } from '../support/fixtures';

/**
 * Tallies are kept per cell in TALLY_SHARDS items under one partition key per setting and shard
 * (docs/design.md, "Tallies"): a send adds to one shard, readers add the shards up, and what a
 * report reads does not depend on how many have answered.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const items = async (pk: string) =>
  (await ctx.db.send(new QueryCommand({ TableName: ctx.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true }))).Items ?? [];
const n = async (settingId: string) =>
  (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === settingId).reduce((a, t) => a + (t.tally.n ?? 0), 0);

describe('tally shards', () => {
  it('creates every shard of every cell at zero when a setting joins, under one partition key per shard', async () => {
    for (let shard = 0; shard < TALLY_SHARDS; shard++) {
      const cells = await items(keys.tallyPk('open-wave', 'alpha-high', shard));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c) => c.n === 0)).toBe(true);
      expect(cells.map((c) => c.sk)).toContain('9#girl');
    }
    expect((await items(keys.talliedSettingsPk('open-wave'))).map((i) => i.settingId).sort()).toEqual(['alpha-high', 'beta-high', 'delta-high', 'gamma-primary']);
  });

  it('adds each send to one shard of its year group × gender, and readers add the shards up', async () => {
    const joinCode = codes['open-wave']!['beta-high']!;
    for (let i = 0; i < 12; i++) {
      expect((await ctx.postJson('/api/responses', submission({ joinCode, answers: { year: 8, gender: 'boy', belong: 3 }, comments: {} }))).status).toBe(201);
    }
    const perShard = await Promise.all(
      Array.from({ length: TALLY_SHARDS }, async (_, shard) => (await items(keys.tallyPk('open-wave', 'beta-high', shard))).find((c) => c.sk === '8#boy')!.n as number),
    );
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(12);
    const cells = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'beta-high' && t.yearGroup === '8' && t.gender === 'boy');
    expect(cells).toHaveLength(1);
    expect(cells[0]!.tally.n).toBe(12);
    expect(cells[0]!.tally['a.belong.3']).toBe(12);
  }, 60_000);

  it('counts a send with any code, even one whose setting was never prepared: writing a code lists its setting', async () => {
    // As if the wave had never listed the setting: only the code's own write can bring it back.
    await ctx.db.send(new DeleteCommand({ TableName: ctx.tableName, Key: keys.talliedSetting('open-wave', 'gamma-primary') }));
    await ctx.store.putJoinCode({ code: 'SHARD888Q', waveId: 'open-wave', settingId: 'gamma-primary' });
    const before = await n('gamma-primary');
    expect((await ctx.postJson('/api/responses', submission({ joinCode: 'SHARD888Q', answers: {}, comments: { better_place: 'More trees.' } }))).status).toBe(201);
    expect(await n('gamma-primary')).toBe(before + 1);
  });

  it('still reads tallies written before shards (one item per setting × year group, counters per gender)', async () => {
    const before = await n('delta-high');
    await ctx.db.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { pk: keys.legacyTalliesPk('open-wave'), sk: 'delta-high#10', 'girl:n': 3, 'girl:a.belong.4': 3, 'boy:n': 2, 'none:n': 1 },
      }),
    );
    const tallies = await ctx.store.readTallies('open-wave');
    const girls = tallies.find((t) => t.settingId === 'delta-high' && t.yearGroup === '10' && t.gender === 'girl')!;
    expect(girls.tally.n).toBe(3);
    expect(girls.tally['a.belong.4']).toBe(3);
    expect(await n('delta-high')).toBe(before + 6);
  });

  it('reads the same items for a report however many have answered', async () => {
    const meter = meterReads(ctx.db);
    meter.reset();
    await ctx.store.readTallies('open-wave');
    const first = meter.read();
    for (let i = 0; i < 5; i++) await ctx.postJson('/api/responses', submission({ joinCode: codes['open-wave']!['alpha-high']!, comments: {} }));
    meter.reset();
    await ctx.store.readTallies('open-wave');
    expect(meter.read().items).toBe(first.items);
    expect(meter.read().requests).toBe(first.requests);
  }, 60_000);
});
