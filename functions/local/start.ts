/**
 * `npm start`: the whole platform on this machine. DynamoDB Local (data kept in .local/),
 * the table, the demo city, the web build and the API on one port of 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { formatCode } from '../../shared/catalog';
import { createDocumentClient } from '../store/client';
import { ensureTable } from '../store/create-table';
import { dynamoStore } from '../store/dynamo-store';
import { TABLE_SCHEMA } from '../store/table-schema';
import { keepDynamoLocal, startDynamoLocal } from './dynamo-local';
import { demoAccounts, DEMO_PASSWORD } from './identity';
import { seedDemoCity } from './seed';
import { startLocalServer } from './server';

// The pinned AWS SDK supports Node 20; its notice about future releases would only confuse a demo.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.HEARD_LOCAL_DIR ?? join(root, '.local');
const step = (text: string) => process.stdout.write(`• ${text}\n`);

/**
 * `npm start -- --in-memory` (or HEARD_LOCAL_MEMORY=1): DynamoDB Local keeps the table in memory
 * only, so nothing a pupil sends is ever written to this machine's disk (README, "What the local
 * platform keeps on disk"); the demo city is seeded afresh on each start.
 */
const inMemory = process.argv.includes('--in-memory') || process.env.HEARD_LOCAL_MEMORY === '1';

async function startDynamo() {
  if (inMemory) {
    step('Starting DynamoDB Local on 127.0.0.1, in memory only (nothing is kept when it stops)…');
    return startDynamoLocal({});
  }
  step(`Starting DynamoDB Local on 127.0.0.1 (data in ${join(dataDir, 'dynamodb')})…`);
  // If DynamoDB Local dies (killed, out of memory), it is started again on the same port and data;
  // the API answers 503 "try again" meanwhile, and carries on when it is back.
  return keepDynamoLocal({
    dbPath: join(dataDir, 'dynamodb'),
    say: (event, detail) =>
      step(
        event === 'exited'
          ? `DynamoDB Local stopped (${detail}); starting it again on the same port and data…`
          : event === 'back'
            ? 'DynamoDB Local is back; the API carries on.'
            : `DynamoDB Local could not be started again: ${detail}`,
      ),
  });
}

async function main() {
  const dynamo = await startDynamo();
  step(`DynamoDB Local is listening on ${dynamo.endpoint}.`);
  const stops: (() => Promise<void>)[] = [dynamo.stop];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));
  try {
    const db = createDocumentClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
    await ensureTable(db, TABLE_SCHEMA.localTableName);
    const store = dynamoStore(db, TABLE_SCHEMA.localTableName);
    step('Seeding the demo city (first start only)…');
    const codePepper = localPepper(dataDir);
    const seeded = await seedDemoCity(store, new Date(), codePepper);
    step(seeded.seeded ? `Seeded ${seeded.responses} demo responses.` : 'Demo city already seeded; reusing it.');
    step('Building the web app…');
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
    const server = await startLocalServer({ store, port, webRoot: join(root, 'web', 'dist'), codePepper });
    stops.push(server.close);
    await printWelcome(server.url, store);
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The local secret for single-use code hashes, kept beside the local data so codes survive a restart. */
function localPepper(dir: string): string {
  const file = join(dir, 'code-pepper');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const pepper = randomBytes(32).toString('hex');
  writeFileSync(file, pepper, { mode: 0o600 });
  return pepper;
}

async function printWelcome(url: string, store: ReturnType<typeof dynamoStore>) {
  const [settings, waves] = await Promise.all([store.listSettings(), store.listWaves()]);
  const open = waves.find((w) => w.status === 'open');
  const codes = open ? await store.listJoinCodes(open.id) : [];
  const names = new Map(settings.map((s) => [s.id, s.name]));
  const lines = [
    '',
    `Heard is running at ${url}`,
    '',
    `Pupils (${open ? open.title : 'no open survey'}) — open a join link on a phone-sized window:`,
    ...codes.map((c) => `  ${url}/j/${c.code}   ${names.get(c.settingId)} (code ${formatCode(c.code)})`),
    '',
    `Staff, youth council and council sign in at ${url}/signin — every demo password is "${DEMO_PASSWORD}":`,
    ...demoAccounts(settings.map((s) => s.id)).map((a) => `  ${a.username.padEnd(34)} ${a.role}${a.settings.length ? ` — ${names.get(a.settings[0]!)}` : ''}`),
    '',
    'Press Ctrl-C to stop everything.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`\nHeard could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
