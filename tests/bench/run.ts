/**
 * `npm run bench`: the numbers the issues ask for, measured on this machine and printed.
 * Speed targets live here, not in timed tests.
 */
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { benchBurst } from './burst';
import { benchCapacity } from './capacity-model';
import { benchCold } from './cold';
import { benchCost } from './cost';
import { benchFuzz } from './fuzz';
import { benchPupil } from './pupil';
import { benchReports } from './reports';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const only = process.argv[2]; // `npm run bench -- pupil` or `-- reports` for one part
if (!only || only === 'pupil') {
  process.stderr.write('bench: the pupil\'s first question (Chromium)…\n');
  process.stdout.write(`\n${(await benchPupil()).join('\n')}\n`);
}
if (!only || only === 'reports') {
  const dynamo = await startDynamoLocal({ port: 0 });
  try {
    process.stderr.write('bench: reports (loading data, this takes a few minutes)…\n');
    process.stdout.write(`\n${(await benchReports(dynamo.endpoint)).join('\n')}\n`);
  } finally {
    await dynamo.stop();
  }
}
for (const [name, bench] of [['burst', benchBurst], ['capacity', benchCapacity], ['cold', benchCold], ['cost', benchCost]] as const) {
  if (only && only !== name) continue;
  const dynamo = await startDynamoLocal({ port: 0 });
  try {
    process.stderr.write(`bench: ${name}…\n`);
    process.stdout.write(`\n${(await bench(dynamo.endpoint)).join('\n')}\n`);
  } finally {
    await dynamo.stop();
  }
}
// The long fuzz run (an hour or two), only when asked for: `npm run bench -- fuzz`.
if (only === 'fuzz') {
  process.stderr.write('bench: fuzzing every route, 5,000 requests each…\n');
  process.stdout.write(`\n${(await benchFuzz()).join('\n')}\n`);
}
