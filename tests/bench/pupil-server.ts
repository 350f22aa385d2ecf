/**
 * The server side of the pupil benchmark, in a process of its own (`tsx tests/bench/pupil-server.ts
 * WEB_ROOT`): DynamoDB Local, the seeded demo city and the local server, as `npm start` runs them.
 * Kept out of the benchmark's own process so the server does not share an event loop with the
 * Playwright client driving the browser (in AWS nothing else runs in the function). Prints
 * `{"url": …}` on one line when ready; stops everything when its stdin closes.
 */
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { startLocalServer } from '../../functions/local/server';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { seedCity, TODAY } from '../support/fixtures';

const webRoot = process.argv[2];
if (!webRoot) throw new Error('usage: tsx tests/bench/pupil-server.ts WEB_ROOT');

const dynamo = await startDynamoLocal({ port: 0 });
const db = createDocumentClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
await ensureTable(db as never, 'heard-bench-pupil');
const store = dynamoStore(db, 'heard-bench-pupil');
await seedCity(store);
const server = await startLocalServer({ store, port: 0, webRoot, now: () => TODAY });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => {});
  await dynamo.stop().catch(() => {});
  process.exit(0);
};
process.stdin.on('end', stop).on('close', stop).resume();
process.on('SIGTERM', stop);
