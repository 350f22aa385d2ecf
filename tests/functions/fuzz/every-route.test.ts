import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNothingUnseen, fuzzRoute, FuzzStats } from '../../support/fuzz-check';
import { fuzzCity } from '../../support/fuzz-city';
import { routeSpecs } from '../../support/fuzz-routes';
import { watchTable } from '../../support/fuzz-table';

/**
 * Every route the app serves, fuzzed (issue 14): generated paths, queries, headers, content types
 * and bodies, signed in as each role, with tokens that must fail, and as nobody. The properties
 * are in tests/support/fuzz-check.ts.
 *
 * In `npm test`, 100 requests a route, each route stopping early (and passing) after 1.5 s, so
 * the file stays near a minute on two cores: the public boards cost ~0.3 s a request and get
 * fewer. `FUZZ_RUNS` sets the requests per route with no time limit (the long run,
 * `npm run bench -- fuzz`, sends 5,000); `FUZZ_SEED` replays a failure fast-check reported.
 */
const LONG = process.env.FUZZ_RUNS !== undefined;
const RUNS = LONG ? Number(process.env.FUZZ_RUNS) : 100;
const TIME_LIMIT_MS = LONG ? undefined : 1_500;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** `FUZZ_SHARD=1/2`: every second route from the first, so the long run can use two processes. */
const [SHARD = 0, SHARDS = 1] = (process.env.FUZZ_SHARD ?? '0/1').split('/').map(Number);

const city = await fuzzCity();
const watch = watchTable(city.db, city.tableName);
const baseline = await watch.snapshot();
const specs = routeSpecs(city.pools);
const served = [...new Map(city.app.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }])).entries()];
const stats = new FuzzStats();

afterAll(async () => {
  console.log(LONG ? `fuzz:\n${stats.table()}` : `fuzz: ${stats.total} requests to ${stats.routes.size} routes`);
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ runs: RUNS, seed: SEED ?? null, routes: stats.toJSON() }, null, 2));
  await city.drop();
});

describe(`fuzzing every route (${RUNS} requests each)`, () => {
  for (const [name, route] of served.filter((_, i) => i % SHARDS === SHARD)) {
    // The public boards take up to a second a request on a busy two-core machine.
    it(name, { timeout: 60_000 + RUNS * 2_000 }, async () => {
      const spec = specs[name];
      expect(spec, `no generator for ${name}: add one to tests/support/fuzz-routes.ts`).toBeDefined();
      const started = Date.now();
      // A full scan per route when the run is long enough to be worth its cost; always one at the end.
      await fuzzRoute(city, watch, baseline, route, spec!, { runs: RUNS, seed: SEED, stats, finalScan: RUNS >= 1_000, timeLimitMs: TIME_LIMIT_MS });
      if (LONG) console.log(`fuzz: ${name}: ${stats.routes.get(name)?.requests ?? 0} requests in ${Math.round((Date.now() - started) / 1000)} s`);
    });
  }

  it('saw every write the requests made (a full scan matches the copy the checks used)', () => expectNothingUnseen(watch));

  it('has no generator for a route the app does not serve', () => {
    expect(Object.keys(specs).filter((name) => !served.some(([s]) => s === name))).toEqual([]);
  });
});
