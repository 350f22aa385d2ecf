/**
 * The server side of the pupil benchmark, in a process of its own (`tsx tests/bench/pupil-server.ts
 * WEB_ROOT`): DynamoDB Local, the seeded demo city and the local server, as `npm start` runs them.
 * Kept out of the benchmark's own process so the server does not share an event loop with the
 * Playwright client driving the browser (in AWS nothing else runs in the function). The city has
 * a published answer from last round, so the page carries its "Last time you told us" line. Prints
 * `{"url": …}` on one line when ready; stops everything when its stdin closes.
 */
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { startLocalServer } from '../../functions/local/server';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { seedCity, TODAY } from '../support/fixtures';
import { agreedFinding, answerFields, seedResults } from '../support/respond';

const webRoot = process.argv[2];
if (!webRoot) throw new Error('usage: tsx tests/bench/pupil-server.ts WEB_ROOT');

const dynamo = await startDynamoLocal({ port: 0 });
const db = createDocumentClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
await ensureTable(db as never, 'heard-bench-pupil');
const store = dynamoStore(db, 'heard-bench-pupil');
await seedCity(store);
// A round like any after the first: last round's answer published, so the first screen carries
// its "Last time you told us … so we …" line, as a pupil's page would.
await seedResults(store, 'closed-wave');
await agreedFinding(store, 'Lots of us do not feel safe on the way to and from school.', answerFields({ weWill: 'Youth workers will ride the busiest buses after school.' }));
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
