/**
 * `npm run bench -- fuzz`: the long fuzz run (issue 14). The same test as `npm test` runs
 * (tests/functions/fuzz/every-route.test.ts, against the in-process app on DynamoDB Local), with
 * 5,000 generated requests per route instead of about 100, or `FUZZ_RUNS`; the routes are shared
 * between two processes (`FUZZ_SHARD`), one per core. Prints the requests sent per route and how
 * they were answered; a failure is printed above it by vitest, with the shrunk request and the
 * seed to replay it (`FUZZ_SEED=… FUZZ_RUNS=… npx vitest run tests/functions/fuzz/every-route.test.ts`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type RouteReport = { requests: number; signedIn: number; meanMs: number; byStatus: Record<string, number> };
const SHARDS = 2;

/** One vitest process fuzzing its share of the routes; resolves with its exit code and report. */
function shard(index: number, runs: number, dir: string) {
  const file = join(dir, `report-${index}.json`);
  return new Promise<{ exit: number | null; routes: Record<string, RouteReport> }>((resolve, reject) => {
    // vitest's own output (progress, any counterexample) goes to stderr; stdout is for the figures.
    const child = spawn('npx', ['vitest', 'run', 'tests/functions/fuzz/every-route.test.ts'], {
      env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_REPORT: file, FUZZ_SHARD: `${index}/${SHARDS}` },
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.once('error', reject);
    child.once('exit', (exit) => {
      let routes: Record<string, RouteReport> = {};
      try {
        routes = (JSON.parse(readFileSync(file, 'utf8')) as { routes: Record<string, RouteReport> }).routes;
      } catch {
        // No report: vitest stopped before the file's end; the failure is in its output.
      }
      resolve({ exit, routes });
    });
  });
}

export async function benchFuzz(runs = Number(process.env.FUZZ_RUNS ?? 5_000)): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'heard-fuzz-'));
  const started = Date.now();
  try {
    const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => shard(i, runs, dir)));
    const minutes = ((Date.now() - started) / 60_000).toFixed(0);
    const routes = shards.flatMap((s) => Object.entries(s.routes));
    const total = routes.reduce((n, [, r]) => n + r.requests, 0);
    const fewest = routes.length ? Math.min(...routes.map(([, r]) => r.requests)) : 0;
    const failed = shards.some((s) => s.exit !== 0);
    if (failed) process.exitCode = 1;
    return [
      `Fuzzing every route (${runs.toLocaleString('en-GB')} generated requests a route; ${minutes} min in ${SHARDS} processes):`,
      `  ${total.toLocaleString('en-GB')} requests to ${routes.length} routes, at least ${fewest.toLocaleString('en-GB')} each; ${failed ? 'FAILED: the shrunk request and its seed are printed above' : 'no failure'}`,
      `  ${'requests'.padStart(8)} ${'signed in'.padStart(9)} ${'mean ms'.padStart(7)}  route: status×count`,
      ...routes
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([route, r]) => {
          const statuses = Object.entries(r.byStatus).map(([s, n]) => `${s}×${n}`).join(' ');
          return `  ${String(r.requests).padStart(8)} ${String(r.signedIn).padStart(9)} ${String(r.meanMs).padStart(7)}  ${route}: ${statuses}`;
        }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
