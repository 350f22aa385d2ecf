import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Locality, Setting, Wave } from '../../shared/catalog';
import { CODE_ALPHABET } from '../../shared/join-code';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { enrolSetting } from '../../functions/domain/enrol';
import { createLocalIdentity } from '../../functions/local/identity';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';

/** Manchester's settings, roughly: 182, most of them primaries, across the three localities. */
export const MANCHESTER_SETTINGS = 182;
const SECONDARIES = 34;

const surveys = { primary: { id: primarySurvey.id, version: primarySurvey.version }, secondary: { id: secondarySurvey.id, version: secondarySurvey.version } };
// Open whatever the date: the functions read the real clock.
export const BENCH_WAVES: Wave[] = [
  { id: 'last-term', title: 'Last term', status: 'closed', opensOn: '2000-01-01', closesOn: '2000-02-01', surveys },
  { id: 'this-term', title: 'This term', status: 'open', opensOn: '2000-03-01', closesOn: '2999-12-31', surveys },
];
const LOCALITIES: Locality[] = ['north', 'central', 'south'];
const codeFor = (wave: number, i: number) => [wave, ...String(i).padStart(8, '0')].map((d) => CODE_ALPHABET[(Number(d) * 7 + 3) % 30]).join('');

/**
 * A city the size of Manchester on DynamoDB Local, for the cold and cost benches: 182 settings in
 * two rounds (each with its tally items, as enrolment makes them, and a code), and the local
 * identity provider on a port of its own, so the staff function can check tokens as it does
 * Cognito's. Reports read the same items at any number of responses (docs/design.md), so no
 * responses are loaded. The identity provider is served over HTTPS (aws-jwt-verify fetches keys
 * over HTTPS only) with a certificate made for the run, which the functions are told to trust
 * (`caFile`, for NODE_EXTRA_CA_CERTS).
 */
export async function benchCity(endpoint: string) {
  // Not the product's client: seeding a busy DynamoDB Local may take longer than its deadlines allow.
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-2', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 10 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const tableName = `heard-cold-${Math.random().toString(36).slice(2, 8)}`;
  await ensureTable(db as never, tableName);
  const store = dynamoStore(db, tableName);
  const settings: Setting[] = Array.from({ length: MANCHESTER_SETTINGS }, (_, i) => {
    const secondary = i < SECONDARIES;
    return { id: `setting-${i}`, name: `Setting ${i}`, phase: secondary ? 'secondary' : 'primary', locality: LOCALITIES[i % 3]!, audience: secondary ? 'secondary' : 'primary' };
  });
  for (const s of settings) await store.putSetting(s);
  for (const [w, wave] of BENCH_WAVES.entries()) {
    await store.putWave(wave);
    let next = 0;
    await Promise.all(Array.from({ length: 2 }, async () => {
      while (next < settings.length) {
        const i = next++;
        await enrolSetting(store, wave, settings[i]!, codeFor(w, i));
      }
    }));
  }

  const certs = mkdtempSync(join(tmpdir(), 'heard-cold-tls-'));
  const [key, cert] = [join(certs, 'key.pem'), join(certs, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const app = new Hono();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer, serverOptions: { key: readFileSync(key), cert: readFileSync(cert) } }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  const identity = await createLocalIdentity({ baseUrl: `https://127.0.0.1:${port}`, accounts: async () => [] });
  app.route('/api/local-auth', identity.routes);
  const staffSetting = settings[0]!.id;
  return {
    db,
    store,
    tableName,
    /** A secondary's code this term, for survey links and answers. */
    code: codeFor(1, 0),
    staffSetting,
    wave: BENCH_WAVES[1]!.id,
    identity,
    caFile: cert,
    tokens: {
      staff: await identity.issueToken({ username: 'staff-bench', role: 'staff', settings: [staffSetting] }),
      admin: await identity.issueToken({ username: 'admin-bench', role: 'admin', settings: [] }),
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
