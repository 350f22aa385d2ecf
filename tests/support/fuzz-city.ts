import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLocalIdentity } from '../../functions/local/identity';
import { draftFinding } from '../../functions/domain/respond/findings';
import { saveAnswer } from '../../functions/domain/respond/answers';
import { setBallot } from '../../functions/domain/respond/ballot';
import { createEntry } from '../../functions/domain/respond/entries';
import { testApp } from './app';
import { codes } from './fixtures';
import { agreedFinding, answerFields, cityBelonging, respondDeps, seedResults } from './respond';

/** The page a survey link is drawn into (as in tests/functions/pupil-page.test.ts). */
export const PAGE_TEMPLATE =
  '<!doctype html><html lang="en" dir="ltr"><head><title>Heard</title><style>.x{}</style></head>' +
  '<body><div id="root"></div><noscript>Heard needs JavaScript</noscript><script>console.log("app")</script></body></html>';

/**
 * The Lambda gives up on a DynamoDB call after 1.5 s (functions/store/client.ts), and answers 503.
 * DynamoDB Local on a busy two-core machine can take longer than that for a Scan, or a plain Put
 * when the JVM is starved; the fuzz tests are about what the app does with its input, not about
 * storage latency (tests/functions/storage-unavailable.test.ts is), so its client waits longer.
 */
function patientStorage(db: DynamoDBDocumentClient) {
  const handler = db.config.requestHandler as { updateHttpClientConfig?: (key: string, value: number) => void };
  handler.updateHttpClientConfig?.('requestTimeout', 30_000);
  handler.updateHttpClientConfig?.('connectionTimeout', 10_000);
}

/**
 * The app the fuzz tests send requests to: the fixture city, survey links served, a draft round,
 * results for the closed round, findings in every state, answers, a ballot, a setting's entry and
 * a batch of single-use codes; with the ids of all that for the generators, and tokens for every
 * role, plus tokens that must get nowhere.
 */
export async function fuzzCity() {
  const ctx = await testApp({ pupilPage: () => PAGE_TEMPLATE });
  patientStorage(ctx.db);
  const { store } = ctx;
  const open = (await store.getWave('open-wave'))!;
  await store.putWave({ ...open, id: 'draft-wave', title: 'Draft', status: 'draft', opensOn: '2027-01-05', closesOn: '2027-02-01' });
  await store.putWave({ ...open, id: 'ballot-wave', title: 'Spring', status: 'draft', opensOn: '2027-04-20', closesOn: '2027-05-20' });
  await seedResults(store, 'closed-wave');
  const deps = respondDeps(store);
  const agreed = (await agreedFinding(store)).id;
  const answered = (await agreedFinding(store, 'Buses feel unsafe after school.', answerFields())).id;
  const unpublished = (await agreedFinding(store, 'We want more clubs.')).id;
  await saveAnswer(deps, unpublished, answerFields());
  const drafts = [];
  for (const text of ['We want a quiet room.', 'The canteen food is cold.', 'Lessons are too noisy.']) {
    drafts.push((await draftFinding(deps, { text, evidence: cityBelonging() })).finding.id);
  }
  await setBallot(deps, 'draft-wave', [agreed]);
  const entry = (await createEntry(deps, 'alpha-high', { youSaid: 'You said lunch queues are too long.', answer: answerFields() })).entry.id;

  const admin = ctx.bearer(ctx.tokens.admin);
  const batch = await ctx.app.request('/api/admin/waves/open-wave/single-use-codes', {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ settingId: 'beta-high', count: 3 }),
  });
  const onceCodes = ((await batch.json()) as { codes: { code: string }[] }).codes.map((c) => c.code);

  // Signed by a key Heard does not trust, with an admin's claims.
  const stranger = await createLocalIdentity({ baseUrl: 'http://127.0.0.1:0', accounts: async () => [] });
  const issue = ctx.identity.issueToken;
  const tokens = {
    ...ctx.tokens,
    strangerAdmin: await stranger.issueToken({ username: 'admin', role: 'admin', settings: [] }),
    // Genuine tokens for accounts Heard does not hold, or with claims no account has.
    ghostAdmin: await issue({ username: 'ghost-admin', role: 'admin', settings: [] }),
    staffOfBoth: await issue({ username: 'staff-both', role: 'staff', settings: ['alpha-high', 'beta-high'] }),
    staffOfNone: await issue({ username: 'staff-none', role: 'staff', settings: [] }),
    oddName: await issue({ username: 'Zoë #1 ∕ 日本', role: 'youth-council', settings: [] }),
  };

  const pools = {
    waves: ['open-wave', 'closed-wave', 'draft-wave', 'ballot-wave', 'fuzz-wave', 'no-such-wave'],
    settings: ['alpha-high', 'beta-high', 'delta-high', 'gamma-primary', 'zeta-school', 'no-such-setting'],
    findings: [agreed, answered, unpublished, ...drafts, 'f_00000000'],
    entries: [entry, 'y_00000000'],
    usernames: ['admin', 'youth', 'staff-alpha-high', 'staff-beta-high', 'staff-gamma-primary', 'new-teacher', 'ghost-admin'],
    codes: [...Object.values(codes).flatMap((bySetting) => Object.values(bySetting)), ...onceCodes, 'ZZZ222ZZZ', 'ZZZZ2222ZZZZ'],
  };
  return { ...ctx, tokens, pools };
}
export type FuzzCity = Awaited<ReturnType<typeof fuzzCity>>;
export type Pools = FuzzCity['pools'];
