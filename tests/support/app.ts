import { tableAccounts } from '../../functions/accounts/table-accounts';
import { createApp } from '../../functions/app';
import { createTokenVerifier } from '../../functions/auth/verifier';
import { codeGuesses } from '../../functions/domain/guesses';
import { createLocalIdentity, demoAccounts, type DemoAccount } from '../../functions/local/identity';
import { freshTable } from './dynamo';
import { seedCity, settings, TODAY } from './fixtures';

export const TEST_PEPPER = 'test-pepper-0123456789abcdef0123456789abcdef';

/** The real app over a fresh DynamoDB Local table holding the fixture city, with tokens for each role. */
export async function testApp(options: { now?: () => Date; pupilPage?: () => string; guessesPerHour?: number } = {}) {
  const table = await freshTable();
  await seedCity(table.store);
  const identity = await createLocalIdentity({
    baseUrl: 'http://127.0.0.1:0',
    accounts: async () => demoAccounts(settings.map((s) => s.id)),
  });
  const now = options.now ?? (() => TODAY);
  const app = createApp({
    store: table.store,
    verify: createTokenVerifier(identity),
    retentionDays: 400,
    threshold: 10,
    now,
    codePepper: TEST_PEPPER,
    accounts: tableAccounts(table.store),
    ...(options.pupilPage ? { pupilPage: options.pupilPage } : {}),
    ...(options.guessesPerHour ? { guesses: codeGuesses({ store: table.store, secret: TEST_PEPPER, now, perHour: options.guessesPerHour }) } : {}),
  });
  const token = (account: DemoAccount) => identity.issueToken(account);
  const tokens = {
    admin: await token({ username: 'admin', role: 'admin', settings: [] }),
    youth: await token({ username: 'youth', role: 'youth-council', settings: [] }),
    staffAlpha: await token({ username: 'staff-alpha-high', role: 'staff', settings: ['alpha-high'] }),
    staffBeta: await token({ username: 'staff-beta-high', role: 'staff', settings: ['beta-high'] }),
  };
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  const postJson = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ...table, app, identity, tokens, bearer, postJson };
}

/** What API Gateway tells the function about a request that came from `address` (`app.request`'s third argument). */
export const fromAddress = (address: string) => ({ requestContext: { http: { sourceIp: address } } });
