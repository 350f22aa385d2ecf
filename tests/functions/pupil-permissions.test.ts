import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pupilApp } from '../../functions/app-pupil';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { PUPIL_TABLE_ACTIONS } from '../../infra/constructs/api';
import { submission } from '../support/fixtures';
import { PAGE_TEMPLATE } from '../support/fuzz-city';
import { CLASS_CODE, LAMBDA_PEPPER, lambdaCity, SINGLE_USE_CODE } from '../support/lambda-city';

/**
 * The pupils' function may make only the table calls in PUPIL_TABLE_ACTIONS (infra/constructs/api.ts).
 * Here its routes do everything pupils do, against DynamoDB Local, and every call they make is
 * written down as the IAM action it needs: they must need exactly those, no more (it would fail
 * in AWS only) and no fewer (a grant nobody uses).
 */
// A transaction needs no action of its own, but the action of each thing it does.
const TRANSACT_ACTION_OF: Record<string, string> = { Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', ConditionCheck: 'dynamodb:ConditionCheckItem', Delete: 'dynamodb:DeleteItem' };

let table: Awaited<ReturnType<typeof lambdaCity>>;
const used = new Set<string>();
let app: ReturnType<typeof pupilApp>;
beforeAll(async () => {
  table = await lambdaCity();
  table.db.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      if (name === 'TransactWriteItemsCommand') {
        for (const item of (args.input as { TransactItems: Record<string, unknown>[] }).TransactItems) {
          for (const kind of Object.keys(item)) used.add(TRANSACT_ACTION_OF[kind] ?? `transact ${kind}`);
        }
      } else used.add(`dynamodb:${name.replace(/Command$/, '')}`);
      return next(args);
    },
    { step: 'initialize', name: 'recordActions' },
  );
  app = pupilApp({ store: dynamoStore(table.db, table.tableName), retentionDays: 400, now: () => new Date(), codePepper: LAMBDA_PEPPER, guessKey: 'edge-proof-0123456789abcdef', pupilPage: () => PAGE_TEMPLATE });
});
afterAll(() => table.drop());

const post = (body: unknown) => app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const from = { requestContext: { http: { sourceIp: '192.0.2.5' } } };

describe('the pupils\' function\'s table permissions', () => {
  it('are exactly what its routes use', async () => {
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request(`/j/${CLASS_CODE}`, {}, from)).status).toBe(200);
    expect((await app.request(`/api/join/${CLASS_CODE}`, {}, from)).status).toBe(200);
    expect((await app.request(`/api/join/${SINGLE_USE_CODE}`, {}, from)).status).toBe(200);
    expect((await app.request('/api/join/ZZZ999ZZZ', {}, from)).status).toBe(404);
    const answers = submission({ joinCode: CLASS_CODE, comments: { better_place: 'More clubs please.' } });
    expect((await post(answers)).status).toBe(201);
    expect((await post(answers)).status).toBe(200);
    expect((await post(submission({ joinCode: SINGLE_USE_CODE }))).status).toBe(201);
    expect((await post(submission({ joinCode: SINGLE_USE_CODE }))).status).toBe(409);

    expect([...used].sort()).toEqual([...PUPIL_TABLE_ACTIONS].sort());
  });
});
