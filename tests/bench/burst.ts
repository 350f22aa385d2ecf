import { tableAccounts } from '../../functions/accounts/table-accounts';
import { createApp } from '../../functions/app';
import { refuseAllTokens } from '../../functions/auth/verifier';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { TALLY_SHARDS } from '../../functions/store/keys';
import { seededRandom } from '../../functions/local/random';
import { secondarySurvey } from '../../shared/survey';
import { addPerAttempt, conflictOnOverlap } from '../support/faulty-dynamo';
import { codes, seedCity, submission, TODAY } from '../support/fixtures';
import { genderOf, modelBurst } from './burst-model';

/** AWS's own time inside a transaction, which is how long two transactions on one item overlap at least. */
export const AWS_TRANSACTION_MS = 25;

/** The store gives up on a transaction still in conflict after this many tries (functions/store/dynamo/responses.ts). */
const STORE_TRIES = 8;

export type BurstResult = {
  pupils: number;
  withinMs: number;
  statuses: Record<number, number>;
  attempts: number[];
  latencies: number[];
  conflicts: number;
  held: number[];
  counted: number;
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** One pupil's answers: random but valid, a girl or a boy (or not said), always Year 9. */
function answers(i: number) {
  const out: Record<string, number | string | null> = { year: 9, gender: ['girl', 'boy', 'girl', 'boy', null][i % 5]! };
  for (const q of secondarySurvey.questions) if (q.kind === 'scale5') out[q.id] = Math.floor(Math.random() * 5);
  return out;
}

/**
 * `pupils` pupils of Year 9 at one setting send their answers within `withinMs`, through the
 * in-process app, with transactions on one item cancelled as DynamoDB does (conflictOnOverlap).
 * Each submission's attempts are the store's transaction attempts for its marker.
 */
export async function runBurst(endpoint: string, { pupils = 300, withinMs = 10_000, holdMs = AWS_TRANSACTION_MS } = {}): Promise<BurstResult> {
  const db = createDocumentClient({ region: 'eu-west-2', endpoint });
  const tableName = `heard-burst-${crypto.randomUUID().slice(0, 8)}`;
  await ensureTable(db as never, tableName);
  const store = dynamoStore(db, tableName);
  await seedCity(store);
  const app = createApp({ store, verify: refuseAllTokens, retentionDays: 400, threshold: 10, now: () => TODAY, codePepper: 'burst-pepper-0123456789abcdef0123', accounts: tableAccounts(store) });
  const school = { requestContext: { http: { sourceIp: '198.51.100.23' } } };
  const post = (body: unknown) => app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, school);
  // Warm DynamoDB Local's JIT up first, on another setting, ten at a time: a cold JVM is no model of AWS.
  for (let i = 0; i < 20; i++) {
    await Promise.all(Array.from({ length: 10 }, (_, j) => post(submission({ joinCode: codes['open-wave']!['beta-high']!, answers: answers(i * 10 + j), comments: {} }))));
  }
  const before = (await store.readTallies('open-wave')).reduce((a, t) => a + (t.tally.n ?? 0), 0);
  const stats = conflictOnOverlap(db, { holdMs, untilReply: false });
  const tries = new Map<string, number>();
  addPerAttempt(
    db,
    'countTries',
    (next, context) => async (args) => {
      const items = (args.input as { TransactItems?: { Put?: { Item?: { pk?: { S?: string } } } }[] }).TransactItems;
      const marker = (context as { commandName?: string }).commandName === 'TransactWriteItemsCommand' ? items?.[0]?.Put?.Item?.pk?.S : undefined;
      if (marker) tries.set(marker, (tries.get(marker) ?? 0) + 1);
      return next(args);
    },
    'conflictOnOverlap',
  );
  const joinCode = codes['open-wave']!['alpha-high']!;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const bodies = Array.from({ length: pupils }, (_, i) => submission({ joinCode, answers: answers(i), comments: {} }));
  await Promise.all(
    bodies.map(async (body) => {
      await new Promise((r) => setTimeout(r, Math.random() * withinMs));
      const started = performance.now();
      const res = await post(body);
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }),
  );
  const counted = (await store.readTallies('open-wave')).reduce((a, t) => a + (t.tally.n ?? 0), 0) - before;
  const attempts = bodies.map((b) => tries.get(`SUBMISSION#${b.submissionId}`) ?? 0);
  return { pupils, withinMs, statuses, attempts, latencies, conflicts: stats.conflicts, held: stats.held, counted };
}

export function describeBurst(r: BurstResult): string[] {
  const failed = r.pupils - (r.statuses[201] ?? 0);
  const histogram = new Map<number, number>();
  for (const a of r.attempts) histogram.set(a, (histogram.get(a) ?? 0) + 1);
  const mean = r.attempts.reduce((a, b) => a + b, 0) / r.attempts.length;
  return [
    `  ${r.pupils} pupils of one year group within ${r.withinMs / 1000} s: ${Object.entries(r.statuses).map(([s, n]) => `${n} × ${s}`).join(', ')}; counted ${r.counted}`,
    `    attempts per submission: mean ${mean.toFixed(2)}, max ${Math.max(...r.attempts)}  (${[...histogram].sort((a, b) => a[0] - b[0]).map(([a, n]) => `${a}: ${n}`).join(', ')})`,
    `    latency: p50 ${quantile(r.latencies, 0.5).toFixed(0)} ms, p99 ${quantile(r.latencies, 0.99).toFixed(0)} ms, max ${Math.max(...r.latencies).toFixed(0)} ms`,
    `    conflicts injected: ${r.conflicts}`,
    `    would have failed: ${failed} not stored (${r.attempts.filter((a) => a >= STORE_TRIES).length} still in conflict after the store's ${STORE_TRIES} tries, the rest timed out on this machine's DynamoDB Local); ${r.attempts.filter((a) => a > 1).length} without the store's retry of conflicts`,
    `    target: p99 <= 1000 ms and none failed — ${quantile(r.latencies, 0.99) <= 1000 && failed === 0 ? 'met' : 'NOT met'}`,
  ];
}

/** The model over many bursts: mean tries, the median run's p50, the worst run's p99, and every failure. */
function modelled(name: string, item: (genders: string[]) => (pupil: number, rnd: () => number) => string, runs = 100): string[] {
  const results = Array.from({ length: runs }, (_, seed) => {
    const rnd = seededRandom(seed + 100);
    const genders = Array.from({ length: 300 }, () => genderOf(rnd.next()));
    return modelBurst({ pupils: 300, withinMs: 10_000, item: item(genders), seed });
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const failed = results.reduce((a, r) => a + r.failed, 0);
  const p99 = Math.max(...results.map((r) => r.p99));
  return [
    `  ${name}`,
    `    attempts per submission: mean ${(results.reduce((a, r) => a + r.meanAttempts, 0) / runs).toFixed(2)}, max ${Math.max(...results.map((r) => r.maxAttempts))}; conflicts per burst ${median(results.map((r) => r.conflicts))} (median)`,
    `    latency: p50 ${median(results.map((r) => r.p50)).toFixed(0)} ms, p99 ${median(results.map((r) => r.p99)).toFixed(0)} ms (median run); p99 of the worst of ${runs} runs ${p99.toFixed(0)} ms`,
    `    would have failed: ${failed} of ${runs * 300} (still in conflict after 8 tries)`,
    `    target: p99 <= 1000 ms and none failed — ${p99 <= 1000 && failed === 0 ? 'met' : 'NOT met'}`,
  ];
}

/** `npm run bench -- burst`. */
export async function benchBurst(endpoint: string): Promise<string[]> {
  return [
    `Bursts as AWS behaves: 300 pupils of one year group of one setting press Send within 10 s; a transaction touching an item another still holds is cancelled (TransactionConflict), as on AWS.`,
    `Modelled (100 bursts each; look-ups 25 ms, a transaction holds its tally item ${AWS_TRANSACTION_MS} ms, a cancelled one answers in 10 ms; the store's own retry rule):`,
    ...modelled('before: one tally item per setting × year group', () => () => 'the year group'),
    ...modelled(`now: one item per year group × gender × shard, ${TALLY_SHARDS} shards picked at random on each try`, (genders) => (pupil, rnd) => `${genders[pupil]}#${Math.floor(rnd() * TALLY_SHARDS)}`),
    ...modelled(`now, a single-sex school (every pupil on the same gender's ${TALLY_SHARDS} shards)`, () => (_, rnd) => `girl#${Math.floor(rnd() * TALLY_SHARDS)}`),
    `In process: the real app and store on DynamoDB Local (warmed up), conflicts injected on overlap (${AWS_TRANSACTION_MS} ms from each send); latencies include this machine's DynamoDB Local:`,
    ...describeBurst(await runBurst(endpoint, { pupils: 300, withinMs: 10_000 })),
  ];
}
