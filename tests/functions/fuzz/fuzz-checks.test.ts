import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../functions/store/client';
import { judge } from '../../support/fuzz-check';
import type { FuzzRequest } from '../../support/fuzz-requests';
import { freshTable } from '../../support/dynamo';
import { watchTable, type TableWatch } from '../../support/fuzz-table';

/** The fuzz tests' own checks catch what they are there to catch (a fuzz run that passes proves little otherwise). */
const request = (over: Partial<FuzzRequest> = {}): FuzzRequest => ({
  route: 'GET /api/x',
  method: 'GET',
  url: '/api/x',
  headers: {},
  body: { kind: 'none' },
  who: 'anonymous',
  signedIn: false,
  guarded: false,
  address: undefined,
  ...over,
});
const problem = (status: number, detail = 'Do this instead.') =>
  new Response(JSON.stringify({ type: 'x', title: 'x', status, code: 'x.y', detail }), { status, headers: { 'content-type': 'application/problem+json' } });

describe('the fuzz properties', () => {
  it('accept a refusal that is a problem with a detail, and the survey link page as HTML', async () => {
    expect(await judge(request(), problem(404), [])).toEqual([]);
    const page = new Response('<!doctype html>', { status: 404, headers: { 'content-type': 'text/html; charset=UTF-8' } });
    expect(await judge(request({ url: '/j/ZZZ222ZZZ' }), page, [])).toEqual([]);
  });

  it('refuse a 5xx, a 4xx that is not a problem or has no detail, and a 4xx that changed an item', async () => {
    expect(await judge(request(), problem(500), [])).toContain('answered 500');
    expect((await judge(request(), new Response('Bad Request', { status: 400, headers: { 'content-type': 'text/plain' } }), [])).join()).toMatch(/not application\/problem\+json/);
    expect((await judge(request(), problem(422, ' '), [])).join()).toMatch(/no detail/);
    const change = { key: { pk: 'CATALOG', sk: 'WAVE#x' }, before: undefined, after: { pk: 'CATALOG', sk: 'WAVE#x' } };
    expect((await judge(request(), problem(409), [change])).join()).toMatch(/changed CATALOG WAVE#x/);
  });

  it('refuse a success on a signed-in route without a genuine token, and a polluted prototype', async () => {
    expect((await judge(request({ guarded: true }), new Response('{}', { status: 200 }), [])).join()).toMatch(/without a genuine token/);
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expect((await judge(request(), problem(400), [])).join()).toMatch(/Object.prototype gained polluted/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined(); // judge cleans up after itself
  });
});

describe('the fuzz tests’ view of the table', () => {
  let table: Awaited<ReturnType<typeof freshTable>>;
  let watch: TableWatch;
  let baseline: Awaited<ReturnType<TableWatch['snapshot']>>;
  beforeAll(async () => {
    table = await freshTable();
    await table.db.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'CATALOG', sk: 'WAVE#a', title: 'A' } }));
    watch = watchTable(table.db, table.tableName);
    baseline = await watch.snapshot();
  });
  afterAll(() => table.drop());

  const put = (item: Record<string, unknown>) => table.db.send(new PutCommand({ TableName: table.tableName, Item: item }));

  it('sees every kind of write, and not a write that changed nothing', async () => {
    watch.begin();
    await put({ pk: 'CATALOG', sk: 'WAVE#a', title: 'A' });
    expect(await watch.changes()).toEqual([]);
    watch.begin();
    await table.db.send(new UpdateCommand({ TableName: table.tableName, Key: { pk: 'CATALOG', sk: 'WAVE#a' }, UpdateExpression: 'SET title = :t', ExpressionAttributeValues: { ':t': 'B' } }));
    await table.db.send(
      new TransactWriteCommand({ TransactItems: [{ Put: { TableName: table.tableName, Item: { pk: 'TALLY#w', sk: 's#9', n: 1 } } }] }),
    );
    await table.db.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: 'CATALOG', sk: 'WAVE#none' } }));
    expect((await watch.changes()).map((c) => `${c.key.pk} ${c.key.sk}`).sort()).toEqual(['CATALOG WAVE#a', 'TALLY#w s#9']);
  });

  it('skips the audit log and the guessing limit, and puts everything back', async () => {
    watch.begin();
    await put({ pk: 'AUDIT#2026-11-20', sk: 't#1', actor: 'admin' });
    await put({ pk: 'GUESS#h', sk: 'GUESS', tries: 1 });
    expect(await watch.changes()).toEqual([]);
    await watch.restore(baseline);
    expect(await watch.unseenChanges()).toEqual([]);
    expect(await watch.snapshot()).toEqual(baseline);
  });

  it('finds a write that went around it', async () => {
    const other = createDocumentClient({ region: 'eu-west-2', endpoint: table.endpoint });
    await other.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'CATALOG', sk: 'WAVE#sneaky' } }));
    expect((await watch.unseenChanges()).map((c) => c.key.sk)).toEqual(['WAVE#sneaky']);
  });
});
