import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { submission } from '../support/fixtures';
import { CLASS_CODE, LAMBDA_PEPPER, lambdaCity, lambdaEnv, SINGLE_USE_CODE } from '../support/lambda-city';
import { apiGatewayEvent, lambdaContext } from '../support/lambda-event';
import { startSecretsStub } from '../support/secrets-stub';

/**
 * The pupils' Lambda entry as AWS runs it: its handler, API Gateway events, the table on
 * DynamoDB Local and Secrets Manager answered by a stand-in that answers when it is told to.
 */
let table: Awaited<ReturnType<typeof lambdaCity>>;
let secrets: Awaited<ReturnType<typeof startSecretsStub>>;
beforeAll(async () => {
  table = await lambdaCity();
  secrets = await startSecretsStub({ value: LAMBDA_PEPPER });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await secrets.close();
  await table.drop();
});

/** A fresh instance of the entry (a cold start), with its handler. */
async function coldStart() {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...lambdaEnv(table, secrets.endpoint), LOG_LEVEL: 'SILENT' })) vi.stubEnv(key, value);
  const { handler } = await import('../../functions/lambda-pupil');
  return async (request: Parameters<typeof apiGatewayEvent>[0]) => {
    const res = await handler(apiGatewayEvent(request), lambdaContext());
    return { status: res.statusCode, json: () => JSON.parse(res.isBase64Encoded ? Buffer.from(res.body, 'base64').toString() : res.body) };
  };
}
const send = (joinCode: string) => ({ method: 'POST', path: '/api/responses', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission({ joinCode })) });

describe('the pupils\' Lambda entry', () => {
  let invoke: Awaited<ReturnType<typeof coldStart>>;
  beforeAll(async () => {
    secrets.hold();
    invoke = await coldStart();
  });

  it('starts, and opens a class code, while Secrets Manager has not answered', async () => {
    const res = await invoke({ path: `/api/join/${CLASS_CODE}` });
    expect(res.status).toBe(200);
    expect(res.json().setting.id).toBe('alpha-high');
    const sent = await invoke(send(CLASS_CODE));
    expect(sent.status).toBe(201);
    expect(secrets.calls(), 'asked once, at start-up').toBe(1);
  });

  it('waits for the pepper to open a single-use code, then opens it', async () => {
    const opening = invoke({ path: `/api/join/${SINGLE_USE_CODE.toLowerCase().replace(/(.{4})(?=.)/g, '$1-')}` });
    setTimeout(() => secrets.release(), 100);
    const res = await opening;
    expect(res.status).toBe(200);
    expect(res.json().wave.id).toBe('always-open');
  });

  it('records answers sent with the single-use code once, and never asks Secrets Manager again', async () => {
    const calls = secrets.calls();
    expect((await invoke(send(SINGLE_USE_CODE))).status).toBe(201);
    expect((await invoke(send(SINGLE_USE_CODE))).status).toBe(409);
    expect(secrets.calls()).toBe(calls);
  });

  it('answers the health check, and nothing of the staff half', async () => {
    expect((await invoke({ path: '/api/health' })).status).toBe(200);
    for (const path of ['/api/me', '/api/reports/city?wave=always-open', '/api/admin/waves', '/api/public/you-said']) {
      const res = await invoke({ path, headers: { authorization: 'Bearer x.y.z' } });
      expect(res.status, path).toBe(404);
    }
  });
});

describe('the pupils\' Lambda entry when Secrets Manager is down', () => {
  let invoke: Awaited<ReturnType<typeof coldStart>>;
  beforeAll(async () => {
    secrets.fail();
    invoke = await coldStart();
  });
  afterAll(() => secrets.fail(false));

  it('still opens class codes and records their answers', async () => {
    expect((await invoke({ path: `/api/join/${CLASS_CODE}` })).status).toBe(200);
    expect((await invoke(send(CLASS_CODE))).status).toBe(201);
  });

  it('asks a pupil with a single-use code to try again in a moment, rather than saying the code does not exist', async () => {
    const res = await invoke({ path: `/api/join/${SINGLE_USE_CODE}` });
    expect(res.status).toBe(503);
    expect(res.json().code).toBe('secret.unavailable');
  });

  it('opens the single-use code once Secrets Manager answers again', async () => {
    secrets.fail(false);
    expect((await invoke({ path: `/api/join/WWW3-33XX-X444` })).status).toBe(409); // spent above: it is found, and used
  });
});
