import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError, scrub } from '../../functions/log/logger';
import { submission } from '../support/fixtures';
import { CLASS_CODE, LAMBDA_PEPPER, lambdaCity, lambdaEnv, SINGLE_USE_CODE } from '../support/lambda-city';
import { apiGatewayEvent, lambdaContext } from '../support/lambda-event';
import { startSecretsStub } from '../support/secrets-stub';

/**
 * What the pupils' function writes to its log while pupils open the survey and send answers,
 * successfully or not: every line, from every writer (Powertools, console, process.stdout and
 * stderr), checked for anything that identifies a pupil or their device, or says what they answered.
 */
const ADDRESS = '198.51.100.73';
const IPV6 = '2001:db8:4a7f:9c01:1234:5678:9abc:def0';
const USER_AGENT = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 HeardLogTest/7.7';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsb2ctdGVzdCJ9.c2lnbmF0dXJl';
const COMMENT = 'My form tutor Mr Zebedee never listens to me at all';

let table: Awaited<ReturnType<typeof lambdaCity>>;
let secrets: Awaited<ReturnType<typeof startSecretsStub>>;
let lines: string[] = [];
beforeAll(async () => {
  table = await lambdaCity();
  secrets = await startSecretsStub({ value: LAMBDA_PEPPER });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await secrets.close();
  await table.drop();
});
beforeEach(() => {
  lines = [];
  const keep = (chunk: unknown) => {
    lines.push(...String(chunk).split('\n').filter((l) => l.trim() !== ''));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void keep(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

/** A fresh instance of the pupils' entry, logging everything it can, with `env` over the usual. */
async function coldStart(env: Record<string, string> = {}) {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...lambdaEnv(table, secrets.endpoint), LOG_LEVEL: 'DEBUG', ...env })) vi.stubEnv(key, value);
  const { handler } = await import('../../functions/lambda-pupil');
  return (request: { method?: string; path: string; body?: string }) =>
    handler(
      apiGatewayEvent({
        ...request,
        sourceIp: ADDRESS,
        headers: {
          'user-agent': USER_AGENT,
          authorization: `Bearer ${TOKEN}`,
          'x-forwarded-for': `${ADDRESS}, ${IPV6}`,
          'x-heard-viewer': IPV6,
          'x-heard-edge': 'edge-proof-0123456789abcdef',
          ...(request.body ? { 'content-type': 'application/json' } : {}),
        },
      }),
      lambdaContext('heard-pupil'),
    );
}

function expectNothingPersonal(body: ReturnType<typeof submission>) {
  const text = lines.join('\n');
  const forbidden = {
    address: ADDRESS,
    'IPv6 address': IPV6,
    'its /64': '2001:db8:4a7f:9c01',
    'user agent': 'HeardLogTest',
    token: TOKEN,
    'class code': CLASS_CODE,
    'single-use code': SINGLE_USE_CODE,
    'code as typed': 'WWW3-33XX',
    comment: COMMENT,
    'submission id': body.submissionId,
    answers: JSON.stringify(body.answers).slice(1, 30),
  };
  for (const [what, value] of Object.entries(forbidden)) expect(text.includes(value), `the log holds the ${what}`).toBe(false);
}

const requestLines = () =>
  lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.message === 'request');

describe('the pupils\' function\'s log', () => {
  it('has a JSON line for each request of a survey and its answers, with nothing that identifies a pupil', async () => {
    const invoke = await coldStart();
    const body = submission({ joinCode: CLASS_CODE, comments: { better_place: COMMENT } });
    expect((await invoke({ path: `/api/join/${CLASS_CODE}` })).statusCode).toBe(200);
    expect((await invoke({ path: `/j/${CLASS_CODE}` })).statusCode).toBe(404); // no page bundled in a test
    expect((await invoke({ method: 'POST', path: '/api/responses', body: JSON.stringify(body) })).statusCode).toBe(201);
    expect((await invoke({ method: 'POST', path: '/api/responses', body: JSON.stringify(body) })).statusCode).toBe(200);

    expect(requestLines().map((l) => `${l.method} ${l.route} ${l.status}`)).toEqual([
      `GET /api/join/:code 200`,
      'GET unknown 404',
      'POST /api/responses 201',
      'POST /api/responses 200',
    ]);
    const first = requestLines()[0]!;
    expect(first).toMatchObject({ level: 'INFO', service: 'heard-pupil', function_name: 'heard-pupil' });
    expect(typeof first.cold_start).toBe('boolean');
    expect(typeof first.function_request_id).toBe('string');
    expect(Object.keys(first).sort()).toEqual(
      ['cold_start', 'function_arn', 'function_memory_size', 'function_name', 'function_request_id', 'level', 'message', 'method', 'ms', 'route', 'sampling_rate', 'service', 'status', 'timestamp'].sort(),
    );
    expectNothingPersonal(body);
  });

  it('has nothing that identifies a pupil when their answers are refused', async () => {
    const invoke = await coldStart();
    // Opening the single-use code first waits for the pepper, which sending does not (lambda-pepper.ts).
    expect((await invoke({ path: `/api/join/${SINGLE_USE_CODE}` })).statusCode).toBe(200);
    const bad = submission({ joinCode: SINGLE_USE_CODE, answers: { belong: 99 }, comments: { better_place: COMMENT } });
    expect((await invoke({ method: 'POST', path: '/api/responses', body: JSON.stringify(bad) })).statusCode).toBe(400);
    const unknown = submission({ joinCode: 'WWW3-33XX-X999', comments: { better_place: COMMENT } });
    expect((await invoke({ method: 'POST', path: '/api/responses', body: JSON.stringify(unknown) })).statusCode).toBe(404);
    expect((await invoke({ method: 'POST', path: '/api/responses', body: `{"joinCode":"${CLASS_CODE}","comments":{"x":"${COMMENT}"` })).statusCode).toBe(400);
    expect(requestLines().map((l) => l.status)).toEqual([200, 400, 404, 400]);
    expectNothingPersonal(bad);
    expect(lines.join('\n').includes('X999')).toBe(false);
  });

  it('has nothing that identifies a pupil when the database is down and their answers fail', async () => {
    const invoke = await coldStart({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' });
    const body = submission({ joinCode: CLASS_CODE, comments: { better_place: COMMENT } });
    expect((await invoke({ method: 'POST', path: '/api/responses', body: JSON.stringify(body) })).statusCode).toBe(503);
    expect((await invoke({ path: `/api/join/${SINGLE_USE_CODE}` })).statusCode).toBe(503);
    expect(requestLines().map((l) => l.status)).toEqual([503, 503]);
    expect(lines.some((l) => l.includes('storage unavailable'))).toBe(true);
    expectNothingPersonal(body);
  }, 30_000);
});

describe('scrubbing an error before it is logged', () => {
  it('takes out codes, addresses and tokens, and leaves times and stack positions', () => {
    const text = scrub(`GetItem CODE#K7M-Q2R-XW9 from 192.0.2.1 and 2001:db8::1 with Bearer abc.def at 10:30:00 (index.mjs:1:23456) ${TOKEN} k7mq2rxw9 WWW333XXX444`);
    expect(text).toBe('GetItem CODE#[redacted] from [redacted] and [redacted] with [redacted] at 10:30:00 (index.mjs:1:23456) [redacted] [redacted] [redacted]');
  });

  it('describes an error by its name and scrubbed message and stack', () => {
    const described = describeError(new TypeError('no such code AAA222BBB'));
    expect(described).toMatchObject({ name: 'TypeError', message: 'no such code [redacted]' });
    expect(described.stack).toContain('TypeError: no such code [redacted]');
  });
});
