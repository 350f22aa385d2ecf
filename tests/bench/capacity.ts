import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addPerAttempt } from '../support/faulty-dynamo';

/**
 * Counts the read capacity a piece of work consumes: asks DynamoDB for ConsumedCapacity on every
 * read and adds it up, with the requests made and the items they returned. Bench-only instrumentation; the product's store never sets this.
 */
export function meterReads(db: DynamoDBDocumentClient) {
  let units = 0;
  let requests = 0;
  let items = 0;
  db.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const out = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
      const consumed = Array.isArray(out.ConsumedCapacity) ? out.ConsumedCapacity : out.ConsumedCapacity ? [out.ConsumedCapacity] : [];
      for (const c of consumed) units += c.CapacityUnits ?? 0;
      requests += 1;
      // Items read: a Query's Count, a GetItem's Item, a BatchGetItem's Responses.
      const read = result.output as { Count?: number; Item?: unknown; Responses?: Record<string, unknown[]> };
      items += read.Count ?? (read.Item ? 1 : 0) + Object.values(read.Responses ?? {}).reduce((n, r) => n + r.length, 0);
      return result;
    },
    { step: 'initialize', name: 'meterReads' },
  );
  return {
    reset: () => {
      units = 0;
      requests = 0;
      items = 0;
    },
    read: () => ({ units, requests, items }),
  };
}

type Marshalled = { S?: string; N?: string; B?: unknown; BOOL?: boolean; NULL?: boolean; M?: Record<string, Marshalled>; L?: Marshalled[]; SS?: string[]; NS?: string[] };

/** Bytes DynamoDB counts for a number: about one per two significant digits, plus one. */
const numberBytes = (n: string) => Math.ceil(n.replace(/^-/, '').replace(/\./, '').replace(/^0+/, '').replace(/0+$/, '').length / 2) + 1;

function valueBytes(v: Marshalled): number {
  if (v.S !== undefined) return Buffer.byteLength(v.S);
  if (v.N !== undefined) return numberBytes(v.N);
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.M) return 3 + Object.entries(v.M).reduce((a, [k, x]) => a + Buffer.byteLength(k) + valueBytes(x) + 1, 0);
  if (v.L) return 3 + v.L.reduce((a, x) => a + valueBytes(x) + 1, 0);
  if (v.SS) return v.SS.reduce((a, s) => a + Buffer.byteLength(s), 0);
  if (v.NS) return v.NS.reduce((a, s) => a + numberBytes(s), 0);
  return 0;
}

/** An item's size as DynamoDB counts it for capacity (attribute names plus values), from its marshalled form. */
export const itemBytes = (item: Record<string, Marshalled>) => Object.entries(item).reduce((a, [k, v]) => a + Buffer.byteLength(k) + valueBytes(v), 0);

/** Write units for one item written in a transaction: twice its size in 1 KB units, rounded up. */
export const transactionalWriteUnits = (bytes: number) => 2 * Math.max(1, Math.ceil(bytes / 1024));

export type MeteredCall = { command: string; keys: string[]; units: number; write: boolean; failed: boolean; input: Record<string, unknown> };

/**
 * Records every call's consumed capacity (ReturnConsumedCapacity) with the partition keys it
 * touched, so units can be summed per access pattern. Bench-only, like meterReads.
 */
export function meterUnits(db: DynamoDBDocumentClient) {
  const calls: MeteredCall[] = [];
  db.middlewareStack.add(
    (next) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      return next(args);
    },
    { step: 'initialize', name: 'askForUnits' },
  );
  // After the document client has marshalled the input, inside the SDK's retries: one record per attempt.
  addPerAttempt(db, 'meterUnits', (next, context) => async (args) => {
    const input = args.input as Record<string, unknown>;
    const command = String((context as { commandName?: string }).commandName).replace(/Command$/, '');
    let result: Awaited<ReturnType<typeof next>> | undefined;
    let failed: unknown;
    try {
      result = await next(args);
    } catch (err) {
      failed = err;
    }
    const out = (result?.output ?? {}) as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
    const consumed = Array.isArray(out.ConsumedCapacity) ? out.ConsumedCapacity : out.ConsumedCapacity ? [out.ConsumedCapacity] : [];
    const pk = (k: unknown) => String((k as { pk?: { S?: string } } | undefined)?.pk?.S);
    const parts = (input.TransactItems as Record<string, { Key?: unknown; Item?: unknown }>[] | undefined)?.map((t) => Object.values(t)[0]!);
    const keys = parts
      ? parts.map((p) => pk(p.Key ?? p.Item))
      : input.RequestItems
        ? Object.values(input.RequestItems as Record<string, { Keys?: unknown[] }>).flatMap((r) => (r.Keys ?? []).map(pk))
        : [pk(input.Key ?? input.Item ?? { pk: (input.ExpressionAttributeValues as Record<string, unknown> | undefined)?.[':pk'] })];
    const write = /Put|Update|Delete|Transact|BatchWrite/.test(command);
    let units = consumed.reduce((a, c) => a + (c.CapacityUnits ?? 0), 0);
    // DynamoDB charges a conditional write that fails as if it had written (these items are under 1 KB),
    // and a read of an item that is not there as half a unit; DynamoDB Local reports neither.
    if (failed && write && command !== 'TransactWriteItems') units = keys.length;
    if (!write && units < keys.length * 0.5) units = keys.length * 0.5;
    calls.push({ command, keys, units, write, input, failed: failed !== undefined });
    if (failed) throw failed;
    return result!;
  });
  return { calls, reset: () => void calls.splice(0) };
}
