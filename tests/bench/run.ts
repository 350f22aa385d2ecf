/**
 * `npm run bench`: the numbers the issues ask for, measured on this machine and printed.
 * Speed targets live here, not in timed tests.
 */
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { benchReports } from './reports';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const dynamo = await startDynamoLocal({ port: 0 });
try {
  process.stderr.write('bench: reports (loading data, this takes a few minutes)…\n');
  const lines = await benchReports(dynamo.endpoint);
  process.stdout.write(`\n${lines.join('\n')}\n`);
} finally {
  await dynamo.stop();
}
