import { isDeepStrictEqual } from 'node:util';
import { BatchWriteCommand, GetCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * What the fuzz tests know about the table: every item, kept up to date, so "a rejected request
 * changed nothing" can be checked after each of thousands of requests.
 *
 * A full Scan of the fuzz city's table (~500 items) costs 0.2–0.5 s on DynamoDB Local, tens of
 * requests' worth, so the table is scanned in full once, and the copy is then kept by reading
 * back exactly the items each request wrote. Writes are seen where the SDK builds the HTTP
 * request, so no store method, transaction or batch is missed; a DynamoDB operation this file
 * does not know is treated as a write to anything, and answered with a full scan. Full scans
 * every thousand requests, after each route in the long run and at the end of the run are
 * compared with the copy, so a write that went around the watch (another client, or one that
 * landed after its response) still fails the run.
 *
 * Skipped: items the app writes on refused requests by design (docs/design.md), which the fuzz
 * run deletes between batches so the table stays small:
 * - `AUDIT#…`: every request by a signed-in person is audited, refusals included;
 * - `GUESS#…`: every join-code look-up counts towards the guessing limit before it is known to work.
 * Not skipped: the account-change stamps (`ACCESS#…`). Only a successful change of an account's
 * role or settings, or disabling it, writes one; a refused request that wrote one would have cut
 * someone's access while saying nothing was done, which is what these checks are for.
 */
export const SKIPPED_PREFIXES = ['AUDIT#', 'GUESS#'] as const;

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };
export type Change = { key: Key; before: Item | undefined; after: Item | undefined };

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems', 'DescribeTable', 'ListTables', 'DescribeTimeToLive']);
const id = ({ pk, sk }: Key) => JSON.stringify([pk, sk]);
const keyOf = (s: string): Key => {
  const [pk, sk] = JSON.parse(s) as [string, string];
  return { pk, sk };
};
const skipped = (pk: string) => SKIPPED_PREFIXES.some((p) => pk.startsWith(p));

/** `{ pk: { S: 'x' }, … }`, as the request carries it, to `{ pk, sk }`. */
function wireKey(attrs: unknown): Key | undefined {
  const a = attrs as { pk?: { S?: string }; sk?: { S?: string } } | undefined;
  return typeof a?.pk?.S === 'string' && typeof a.sk?.S === 'string' ? { pk: a.pk.S, sk: a.sk.S } : undefined;
}

/** The keys a write request names: `undefined` for an operation this watch cannot read. */
function keysWritten(operation: string, body: Record<string, unknown>): (Key | undefined)[] | undefined {
  switch (operation) {
    case 'PutItem':
      return [wireKey(body.Item)];
    case 'UpdateItem':
    case 'DeleteItem':
      return [wireKey(body.Key)];
    case 'TransactWriteItems':
      return (body.TransactItems as Record<string, { Item?: unknown; Key?: unknown }>[]).flatMap((t) =>
        t.ConditionCheck ? [] : [wireKey(t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key)],
      );
    case 'BatchWriteItem':
      return Object.values(body.RequestItems as Record<string, { PutRequest?: { Item: unknown }; DeleteRequest?: { Key: unknown } }[]>)
        .flat()
        .map((r) => wireKey(r.PutRequest?.Item ?? r.DeleteRequest?.Key));
    default:
      return undefined;
  }
}

export function watchTable(db: DynamoDBDocumentClient, tableName: string) {
  let paused = false;
  let unknownWrite = false;
  const touched = new Set<string>();
  const skippedSeen = new Set<string>();
  let copy = new Map<string, Item>();

  db.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      const operation = request.headers?.['x-amz-target']?.split('.')[1] ?? '';
      if (!paused && !READS.has(operation)) {
        const text = typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : undefined;
        const written = text === undefined ? undefined : keysWritten(operation, JSON.parse(text) as Record<string, unknown>);
        if (!written || written.some((k) => !k)) unknownWrite = true;
        for (const k of written ?? []) if (k) (skipped(k.pk) ? skippedSeen : touched).add(id(k));
      }
      return next(args);
    },
    { step: 'build', name: 'fuzzWriteWatch' },
  );

  const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
    paused = true;
    try {
      return await work();
    } finally {
      paused = false;
    }
  };

  const scan = () =>
    quietly(async () => {
      const items = new Map<string, Item>();
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey, ConsistentRead: true }));
        for (const item of page.Items ?? []) if (!skipped(String(item.pk))) items.set(id(item as Key), item);
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return items;
    });

  const diff = (before: Map<string, Item>, after: Map<string, Item>): Change[] =>
    [...new Set([...before.keys(), ...after.keys()])]
      .filter((k) => !isDeepStrictEqual(before.get(k), after.get(k)))
      .map((k) => ({ key: keyOf(k), before: before.get(k), after: after.get(k) }));

  const deleteAll = (ids: string[]) =>
    quietly(async () => {
      for (let i = 0; i < ids.length; i += 25) {
        let requests: Record<string, unknown>[] = ids.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: keyOf(k) } }));
        while (requests.length) {
          const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (out.UnprocessedItems?.[tableName] ?? []) as Record<string, unknown>[];
        }
      }
    });

  return {
    /** Every item now (skipping the prefixes above), read with a full scan; the copy starts from it. */
    async snapshot(): Promise<Map<string, Item>> {
      copy = await scan();
      touched.clear();
      unknownWrite = false;
      return new Map(copy);
    },

    /** Forget the writes seen so far (before the request under test is sent). */
    begin() {
      touched.clear();
      unknownWrite = false;
    },

    /** The items changed since `begin()`, read back (or scanned, for an unknown write); the copy moves on to them. */
    async changes(): Promise<Change[]> {
      if (unknownWrite) {
        const after = await scan();
        const changed = diff(copy, after);
        copy = after;
        unknownWrite = false;
        touched.clear();
        return changed;
      }
      const changed: Change[] = [];
      for (const k of touched) {
        const after = await quietly(async () => (await db.send(new GetCommand({ TableName: tableName, Key: keyOf(k), ConsistentRead: true }))).Item);
        const before = copy.get(k);
        if (!isDeepStrictEqual(before, after)) changed.push({ key: keyOf(k), before, after });
        if (after) copy.set(k, after);
        else copy.delete(k);
      }
      touched.clear();
      return changed;
    },

    /** Differences between the copy and a full scan: none, unless something wrote around the watch. */
    async unseenChanges(): Promise<Change[]> {
      return diff(copy, await scan());
    },

    /**
     * Puts the table back as `baseline` was (successful writes accumulate otherwise: closed
     * rounds, disabled accounts, hundreds of codes) and deletes the skipped items written since.
     */
    async restore(baseline: Map<string, Item>) {
      const changed = diff(copy, baseline);
      await deleteAll([...changed.filter((c) => !c.after).map((c) => id(c.key)), ...skippedSeen]);
      skippedSeen.clear();
      await quietly(async () => {
        for (const c of changed) if (c.after) await db.send(new PutCommand({ TableName: tableName, Item: c.after }));
      });
      copy = new Map(baseline);
    },

    /** How many items the copy holds (the table, less the skipped ones). */
    get size() {
      return copy.size;
    },
  };
}
export type TableWatch = ReturnType<typeof watchTable>;
