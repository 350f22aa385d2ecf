import { gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import type { FuzzCity } from './fuzz-city';
import { requestsFor, send, type FuzzRequest } from './fuzz-requests';
import type { RouteSpec } from './fuzz-routes';
import type { Change, TableWatch } from './fuzz-table';
import { bodyText } from './fuzz-values';

/**
 * The properties every request must keep, whatever was sent:
 * 1. never a 5xx;
 * 2. every 4xx is `application/problem+json` with a `detail` a person can read and its own
 *    status (a survey link, `GET /j/…`, answers with the pupil's page instead, by design:
 *    docs/design.md, "The pupil's first screen");
 * 3. a 4xx changes no stored item (fuzz-table.ts says what is skipped and why);
 * 4. nothing is added to Object.prototype (a `__proto__` key in a body or query merged somewhere);
 * 5. a route for signed-in people answers nothing but a refusal to a request without a genuine
 *    token sent properly (tests/functions/authorization.test.ts checks each role's answers).
 */
export async function judge(req: FuzzRequest, res: Response, changes: Change[]): Promise<string[]> {
  const failures: string[] = [];
  const text = await bodyOf(res);
  if (res.status >= 500) failures.push(`answered ${res.status}`);
  if (req.guarded && !req.signedIn && res.status < 400) failures.push(`answered ${res.status} to a request without a genuine token`);
  if (res.status >= 400 && res.status < 500) {
    const type = res.headers.get('content-type') ?? '';
    const page = req.method === 'GET' && new URL(req.url, 'http://localhost').pathname.startsWith('/j/') && type.startsWith('text/html');
    if (!page) {
      if (type.split(';')[0]!.trim() !== 'application/problem+json') failures.push(`a ${res.status} as "${type}", not application/problem+json`);
      let problem: { detail?: unknown; status?: unknown; code?: unknown } = {};
      try {
        problem = JSON.parse(text) as typeof problem;
      } catch {
        failures.push(`a ${res.status} whose body is not JSON`);
      }
      if (typeof problem.detail !== 'string' || !problem.detail.trim()) failures.push(`a ${res.status} with no detail`);
      if (problem.status !== res.status) failures.push(`a ${res.status} whose problem says status ${String(problem.status)}`);
      if (typeof problem.code !== 'string' || !problem.code) failures.push(`a ${res.status} with no code`);
    }
    if (changes.length) failures.push(`a ${res.status} that changed ${changes.map((c) => `${c.key.pk} ${c.key.sk}`).join(', ')}`);
  }
  const polluted = Object.getOwnPropertyNames(Object.prototype).filter((k) => !PROTOTYPE_KEYS.has(k));
  if (polluted.length) {
    failures.push(`Object.prototype gained ${polluted.join(', ')}`);
    for (const k of polluted) delete (Object.prototype as Record<string, unknown>)[k];
  }
  if (failures.length) failures.push(`body: ${text.slice(0, 400)}`);
  return failures;
}
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

async function bodyOf(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get('content-encoding');
  const plain = encoding === 'gzip' ? gunzipSync(bytes) : encoding === 'deflate' ? inflateSync(bytes) : bytes;
  return plain.toString('utf8');
}

/** Requests sent per route and how they were answered, for the long run's report. */
export class FuzzStats {
  readonly routes = new Map<string, { requests: number; byStatus: Map<number, number>; signedIn: number; ms: number; slowest: { ms: number; what: string } }>();

  record(req: FuzzRequest, status: number, ms: number) {
    const r = this.routes.get(req.route) ?? { requests: 0, byStatus: new Map(), signedIn: 0, ms: 0, slowest: { ms: 0, what: '' } };
    r.requests++;
    r.ms += ms;
    if (ms > r.slowest.ms) r.slowest = { ms, what: `${req.method} ${req.url.slice(0, 80)} (${req.body.kind}${req.body.kind === 'text' ? ` ${req.body.text.length} chars` : ''}) → ${status}` };
    r.byStatus.set(status, (r.byStatus.get(status) ?? 0) + 1);
    if (req.who !== 'anonymous') r.signedIn++;
    this.routes.set(req.route, r);
  }

  get total() {
    return [...this.routes.values()].reduce((n, r) => n + r.requests, 0);
  }

  toJSON() {
    return Object.fromEntries(
      [...this.routes].map(([route, r]) => [route, { requests: r.requests, signedIn: r.signedIn, meanMs: Math.round(r.ms / r.requests), slowest: r.slowest, byStatus: Object.fromEntries([...r.byStatus].sort(([a], [b]) => a - b)) }]),
    );
  }

  table(): string {
    const rows = [...this.routes].map(([route, r]) => {
      const statuses = [...r.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
      return `${String(r.requests).padStart(7)}  ${String(Math.round(r.ms / r.requests)).padStart(4)}  ${route.padEnd(62)} ${statuses}`;
    });
    return [`${'requests'.padStart(7)}  ${'ms'.padStart(4)}  ${'route'.padEnd(62)} statuses`, ...rows, `${String(this.total).padStart(7)}  in all`].join('\n');
  }
}

export type FuzzOptions = {
  runs: number;
  seed?: number;
  stats: FuzzStats;
  /** Put the table back as it was every this many requests. */
  restoreEvery?: number;
  /** Check with a full scan that no write went unseen every this many requests, and at the end (a scan costs as much as a hundred requests). */
  scanEvery?: number;
  finalScan?: boolean;
  /** Send nothing more to a route after this long (the bounded run in `npm test`; a slow route then sends fewer). */
  timeLimitMs?: number;
};

/**
 * Sends `runs` generated requests to one route, one at a time, and fails with the (shrunk)
 * request that breaks a property. The table is put back as `baseline` before the route and every
 * `restoreEvery` requests, so successful writes (a round closed, an account disabled) neither
 * pile up nor stop the rest of the run reaching deeper code.
 */
export async function fuzzRoute(city: FuzzCity, watch: TableWatch, baseline: Map<string, Record<string, unknown>>, route: { method: string; path: string }, spec: RouteSpec, options: FuzzOptions) {
  const { runs, seed, stats, restoreEvery = 50, scanEvery = 1_000, finalScan = true, timeLimitMs } = options;
  await watch.restore(baseline);
  let sent = 0;
  const unseen = () => expectNothingUnseen(watch);
  // Past the time limit the remaining runs send nothing (fast-check's own interrupt would abandon a
  // request half way, its writes landing after the table was put back); once one fails, shrinking
  // is never cut short.
  const deadline = timeLimitMs === undefined ? Infinity : Date.now() + timeLimitMs;
  let failed = false;
  await fc.assert(
    fc.asyncProperty(requestsFor(city, route, spec), async (req) => {
      if (!failed && Date.now() > deadline) return;
      if (sent > 0 && sent % scanEvery === 0) await unseen();
      if (sent > 0 && sent % restoreEvery === 0) await watch.restore(baseline);
      sent++;
      watch.begin();
      const started = performance.now();
      const res = await send(city, req);
      const ms = performance.now() - started;
      const changes = await watch.changes();
      const failures = await judge(req, res, changes);
      stats.record(req, res.status, ms);
      if (failures.length) {
        failed = true;
        throw new Error(`${describe(req)}\n  ${failures.join('\n  ')}`);
      }
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  if (finalScan) await unseen();
}

/** A full scan against the fuzz run's copy of the table: no write may have gone around the watch. */
export async function expectNothingUnseen(watch: TableWatch) {
  const changes = await watch.unseenChanges();
  if (changes.length) throw new Error(`items changed without the write being seen: ${changes.map((c) => `${c.key.pk} ${c.key.sk}`).join(', ')}`);
}

/** A failing request, short enough to read: the long parts cut. */
function describe(req: FuzzRequest): string {
  const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);
  const body = bodyText(req.body);
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${cut(v)}`);
  return [`${req.method} ${cut(req.url)} as ${req.who}${req.address === undefined ? '' : ` from ${req.address}`}`, ...headers, body === undefined ? '(no body)' : cut(String(typeof body === 'string' ? body : `bytes ${Buffer.from(body).toString('hex')}`))].join('\n  ');
}
