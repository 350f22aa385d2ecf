import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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
