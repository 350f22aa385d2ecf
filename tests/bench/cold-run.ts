import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiGatewayEvent } from '../support/lambda-event';
import type { Bundle } from './cold-bundles';

/** One request to send a function, as API Gateway would hand it over; `fresh` gives every send a new submission id. */
export type Request = Parameters<typeof apiGatewayEvent>[0] & { fresh?: boolean };
export type Run = { loaded: number; answered: number; status: number; warm: Record<string, { ms: number[]; statuses: number[] }> };

// The child: plain Node, nothing of the bench loaded, so the clock (ms since the process began)
// counts only Node's own start, the bundle and the request. The SDK keeps sockets open: exit.
const RUNNER = `
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const context = () => ({ awsRequestId: randomUUID(), functionName: plan.functionName, functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-2:111111111111:function:' + plan.functionName, memoryLimitInMB: '512',
  logGroupName: '/aws/lambda/' + plan.functionName, logStreamName: 'bench', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10000, done() {}, fail() {}, succeed() {} });
const event = (e) => {
  const copy = JSON.parse(JSON.stringify(e));
  copy.requestContext.requestId = randomUUID();
  if (copy.body) copy.body = copy.body.replaceAll('__SUBMISSION__', randomUUID());
  return copy;
};
const { handler } = await import(process.argv[2]);
const loaded = performance.now();
const first = await handler(event(plan.first), context());
const answered = performance.now();
const warm = {};
for (const w of plan.warm) {
  const ms = [], statuses = [];
  for (let i = 0; i < w.times; i++) {
    const started = performance.now();
    const res = await handler(event(w.event), context());
    ms.push(performance.now() - started);
    statuses.push(res.statusCode);
  }
  warm[w.name] = { ms, statuses };
}
process.stdout.write('\\n@@heard-cold@@' + JSON.stringify({ loaded, answered, status: first.statusCode, warm }) + '\\n');
process.exit(0);
`;

const runnerFile = (() => {
  let file: string | undefined;
  return () => {
    if (!file) {
      file = join(mkdtempSync(join(tmpdir(), 'heard-cold-runner-')), 'runner.mjs');
      writeFileSync(file, RUNNER);
    }
    return file;
  };
})();

const eventOf = (request: Request) => {
  const body = request.fresh && request.body ? request.body.replace(/"submissionId":"[^"]+"/, '"submissionId":"__SUBMISSION__"') : request.body;
  return apiGatewayEvent({ ...request, ...(body === undefined ? {} : { body }) });
};

/**
 * Loads `bundle` in a fresh Node process with exactly `environment` (nothing inherited but PATH,
 * as in Lambda), sends it `first`, then each of `warm` `times` times, and says when it had loaded
 * and answered (ms since the process began) and how long each warm request took.
 */
export async function runFunction(bundle: Bundle, environment: Record<string, string>, first: Request, warm: Array<{ name: string; request: Request; times: number }> = []): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'heard-cold-plan-'));
  const plan = join(dir, 'plan.json');
  writeFileSync(plan, JSON.stringify({ functionName: `heard-${bundle.name.split(' ')[0]}`, first: eventOf(first), warm: warm.map((w) => ({ name: w.name, times: w.times, event: eventOf(w.request) })) }));
  const child = spawn(process.execPath, [runnerFile(), bundle.file, plan], { cwd: bundle.dir, env: { PATH: process.env.PATH ?? '', ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const line = out.split('\n').find((l) => l.startsWith('@@heard-cold@@'));
  if (!line) throw new Error(`${bundle.name} did not answer (exit ${code}):\n${err.slice(-2000)}\n${out.slice(-2000)}`);
  return JSON.parse(line.slice('@@heard-cold@@'.length)) as Run;
}
