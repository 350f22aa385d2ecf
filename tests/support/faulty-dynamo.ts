import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FinalizeRequestMiddleware } from '@smithy/types';

/**
 * Storage faults for tests, injected into the real document client's middleware stack, inside the
 * SDK's own retry loop: the store's code, the SDK's retries and deadlines and the API's error
 * mapping all run as they do in production; only the chosen attempts fail.
 *
 *   throttle             DynamoDB refused the request (ProvisionedThroughputExceededException); nothing written
 *   conflict             a transaction on the same item: TransactionCanceledException with a TransactionConflict
 *                        reason (TransactionConflictException for a single write); nothing written
 *   internal             InternalServerError (HTTP 500); nothing written
 *   timeout              the request never came back (TimeoutError); nothing written
 *   timeout-after-write  the request reached DynamoDB and was carried out, then the reply was lost (TimeoutError)
 */
export const FAULTS = ['throttle', 'conflict', 'internal', 'timeout', 'timeout-after-write'] as const;
export type Fault = (typeof FAULTS)[number];

/** One attempt of one DynamoDB call, as the fault plan sees it. */
export type Attempt = {
  /** `TransactWriteItems`, `GetItem`, `UpdateItem`, … */
  command: string;
  /** The request as sent (attribute values marshalled). */
  input: Record<string, unknown>;
  /** 1 for the first try of a call, 2 and on for the SDK's retries of it. */
  attempt: number;
  /** Counts every attempt through this client, from 0. */
  seq: number;
};
export type FaultPlan = (attempt: Attempt) => Fault | undefined;

const metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

/** The index of the item a conflict is reported on: the tally update when there is one, else the first. */
function conflictReasons(input: Record<string, unknown>) {
  const items = (input.TransactItems as Record<string, unknown>[] | undefined) ?? [];
  const at = Math.max(0, items.findIndex((i) => 'Update' in i));
  return items.map((_, i) => (i === at ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' }));
}

export function faultError(fault: Fault, command: string, input: Record<string, unknown>): Error {
  switch (fault) {
    case 'throttle':
      return new ProvisionedThroughputExceededException({ message: 'The level of configured provisioned throughput for the table was exceeded (injected).', ...metadata(400) });
    case 'internal':
      return new InternalServerError({ message: 'Internal server error (injected).', ...metadata(500) });
    case 'conflict':
      if (command === 'TransactWriteItems') {
        const reasons = conflictReasons(input);
        return new TransactionCanceledException({
          message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}] (injected)`,
          CancellationReasons: reasons,
          ...metadata(400),
        });
      }
      return new TransactionConflictException({ message: 'Transaction is ongoing for the item (injected).', ...metadata(400) });
    case 'timeout':
    case 'timeout-after-write':
      // What @smithy/node-http-handler throws when requestTimeout passes.
      return Object.assign(new Error(`the request timed out (injected ${fault})`), { name: 'TimeoutError' });
  }
}

const commandOf = (context: { commandName?: string }) => String(context.commandName ?? '').replace(/Command$/, '');

/** A middleware that runs on each attempt of a call (inside the SDK's retries, after the input is marshalled). */
export type AttemptMiddleware = FinalizeRequestMiddleware<object, object>;

/** Adds `middleware` just inside the SDK's retry loop (or just before the named one). */
export function addPerAttempt(db: DynamoDBDocumentClient, name: string, middleware: AttemptMiddleware, before?: string) {
  const at = before ? { relation: 'before' as const, toMiddleware: before } : { relation: 'after' as const, toMiddleware: 'retryMiddleware' };
  db.middlewareStack.addRelativeTo(middleware as never, { ...at, name, override: true });
}

/**
 * Makes `db` fail the attempts `plan` chooses. Returns what happened, and `off()` to stop
 * (attempts then pass through untouched). Add it once per client.
 */
export function injectFaults(db: DynamoDBDocumentClient, plan: FaultPlan) {
  let seq = 0;
  let enabled = true;
  const attempts = new WeakMap<object, number>();
  const injected: { fault: Fault; command: string; attempt: number; seq: number }[] = [];
  addPerAttempt(db, 'injectFaults', (next, context) => async (args) => {
    const input = args.input as Record<string, unknown>;
    const attempt = (attempts.get(input) ?? 0) + 1;
    attempts.set(input, attempt);
    const command = commandOf(context as { commandName?: string });
    const call: Attempt = { command, input, attempt, seq: seq++ };
    const fault = enabled ? plan(call) : undefined;
    if (!fault) return next(args);
    injected.push({ fault, command, attempt, seq: call.seq });
    if (fault === 'timeout-after-write') {
      await next(args);
      throw faultError(fault, command, input);
    }
    throw faultError(fault, command, input);
  });
  return {
    injected,
    attempts: () => seq,
    off: () => void (enabled = false),
    on: () => void (enabled = true),
  };
}

/** Every item key a write touches, as `table|pk|sk`, from the marshalled input. */
export function itemKeys(command: string, input: Record<string, unknown>): string[] {
  type Marshalled = Record<string, { S?: string }>;
  const key = (table: unknown, k: Marshalled | undefined) => `${String(table)}|${k?.pk?.S}|${k?.sk?.S}`;
  if (command === 'TransactWriteItems') {
    return ((input.TransactItems as Record<string, { TableName?: string; Key?: Marshalled; Item?: Marshalled }>[]) ?? []).map((t) => {
      const part = Object.values(t)[0]!;
      return key(part.TableName, part.Key ?? part.Item);
    });
  }
  if (command === 'PutItem') return [key(input.TableName, input.Item as Marshalled)];
  if (command === 'UpdateItem' || command === 'DeleteItem') return [key(input.TableName, input.Key as Marshalled)];
  return [];
}

/**
 * DynamoDB as AWS runs it: a transaction that touches an item another transaction is still
 * working on is cancelled with TransactionConflict (and a single write to such an item gets
 * TransactionConflictException). DynamoDB Local serialises them instead. Each transaction holds its
 * items from the moment it is sent for `holdMs` (AWS's own time inside a transaction), and, with
 * `untilReply`, until its reply too; without it, how busy this machine is does not change how
 * often transactions collide.
 */
export function conflictOnOverlap(db: DynamoDBDocumentClient, { holdMs = 0, untilReply = true }: { holdMs?: number; untilReply?: boolean } = {}) {
  const busy = new Map<string, number>();
  const stats = { transactions: 0, conflicts: 0, held: [] as number[] };
  const release = (keys: string[]) => {
    for (const k of keys) {
      const n = (busy.get(k) ?? 1) - 1;
      if (n <= 0) busy.delete(k);
      else busy.set(k, n);
    }
  };
  addPerAttempt(db, 'conflictOnOverlap', (next, context) => async (args) => {
    const command = commandOf(context as { commandName?: string });
    const input = args.input as Record<string, unknown>;
    const keys = itemKeys(command, input);
    if (!keys.length) return next(args);
    const transaction = command === 'TransactWriteItems';
    if (keys.some((k) => busy.has(k))) {
      if (transaction) {
        stats.conflicts++;
        const reasons = keys.map((k) => (busy.has(k) ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' }));
        throw new TransactionCanceledException({
          message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
          CancellationReasons: reasons,
          ...metadata(400),
        });
      }
      throw new TransactionConflictException({ message: 'Transaction is ongoing for the item', ...metadata(400) });
    }
    if (!transaction) return next(args);
    stats.transactions++;
    for (const k of keys) busy.set(k, (busy.get(k) ?? 0) + 1);
    const started = performance.now();
    const minimum = new Promise((r) => setTimeout(r, holdMs));
    try {
      return await next(args);
    } finally {
      await minimum;
      stats.held.push(performance.now() - started);
      release(keys);
    }
  });
  return stats;
}
