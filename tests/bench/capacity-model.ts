import { API_THROTTLE } from '../../infra/constructs/api';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { tableAccounts } from '../../functions/accounts/table-accounts';
import { createApp } from '../../functions/app';
import { refuseAllTokens } from '../../functions/auth/verifier';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { secondarySurvey } from '../../shared/survey';
import { codes, seedCity, submission, TODAY } from '../support/fixtures';
import { meterUnits, type MeteredCall } from './capacity';
import { ENGLAND, KEYS_BEFORE, keysAfter, MANCHESTER, simulate, type Cost, type Kind, type Peaks, type TallyKeys, type Units } from './capacity-sim';
import { legacyTallyUnits, TALLY_DESIGN } from './capacity-design';

/** DynamoDB's limits per partition (per second), the default on-demand table quota, Lambda's default account concurrency. */
export const LIMITS = { partitionWrites: 1_000, partitionReads: 3_000, tableUnits: 40_000, lambdaConcurrency: 1_000, apiRate: API_THROTTLE.rateLimit, apiBurst: API_THROTTLE.burstLimit };
/** How long a request keeps a Lambda instance busy on AWS (warm; four to five DynamoDB round trips): an assumption, not measured here. */
export const REQUEST_SECONDS = 0.06;

const kindOf = (pk: string): Kind => {
  const prefix = pk.split('#')[0]!;
  if (prefix === 'TALLIES') return 'TALLY';
  return (['CATALOG', 'RESPOND', 'CODE', 'GUESS', 'SUBMISSION', 'RESPONSES', 'TALLY'] as const).find((k) => k === prefix) ?? 'OTHER';
};

/**
 * Units per request, by kind of key. A transaction's units are its items' own: each item is
 * written again on its own under a scratch key (ReturnConsumedCapacity) and doubled, as DynamoDB
 * charges transactional writes. (DynamoDB Local's figure for the whole transaction is printed
 * beside it: it counts the tally update by less than the item's size.)
 */
async function costOf(calls: MeteredCall[], writeUnitsOf: (pk: string, sk: string, item?: Record<string, unknown>) => Promise<number>, requests: number) {
  const cost: Cost = { reads: {}, writes: {} };
  let reported = 0;
  let measured = 0;
  for (const call of calls) {
    const side = call.write ? cost.writes : cost.reads;
    if (call.command !== 'TransactWriteItems') {
      const each = call.units / call.keys.length;
      for (const pk of call.keys) side[kindOf(pk)] = (side[kindOf(pk)] ?? 0) + each / requests;
      continue;
    }
    if (call.failed) continue; // a cancelled transaction (none here: the measurement runs without faults)
    reported += call.units;
    type Part = { Key?: Record<string, { S: string }>; Item?: Record<string, { S: string }> };
    for (const part of (call.input.TransactItems as Record<string, Part>[]).map((t) => Object.values(t)[0]!)) {
      const { pk, sk } = (part.Item ?? part.Key)!;
      const units = 2 * (await writeUnitsOf(pk!.S, sk!.S, part.Item && unmarshall(part.Item as never)));
      measured += units;
      side[kindOf(pk!.S)] = (side[kindOf(pk!.S)] ?? 0) + units / requests;
    }
  }
  return { cost, reported: reported / requests, measured: measured / requests };
}

/** Pupils of the fixture city open the survey and send it, as a year group would, with the units of every call recorded. */
export async function measureUnits(endpoint: string, pupils = 40) {
  const db = createDocumentClient({ region: 'eu-west-2', endpoint });
  const plain = createDocumentClient({ region: 'eu-west-2', endpoint });
  const tableName = `heard-capacity-${crypto.randomUUID().slice(0, 8)}`;
  await ensureTable(db as never, tableName);
  const store = dynamoStore(db, tableName);
  await seedCity(store);
  const app = createApp({ store, verify: refuseAllTokens, retentionDays: 400, threshold: 10, now: () => TODAY, codePepper: 'capacity-pepper-0123456789abcdef01', accounts: tableAccounts(store) });
  const meter = meterUnits(db);
  const school = { requestContext: { http: { sourceIp: '198.51.100.40' } } };
  const code = codes['open-wave']!['alpha-high']!;
  const opens: MeteredCall[] = [];
  const sends: MeteredCall[] = [];
  for (let i = 0; i < pupils; i++) {
    meter.reset();
    await (await app.request(`/api/join/${code}`, {}, school)).arrayBuffer();
    opens.push(...meter.calls);
    meter.reset();
    const answers: Record<string, number | string> = { year: 9, gender: i % 2 ? 'girl' : 'boy' };
    for (const q of secondarySurvey.questions) if (q.kind === 'scale5') answers[q.id] = (i + q.id.length) % 5;
    const body = submission({ joinCode: code, answers, comments: i % 2 ? { better_place: 'More clubs after school and less bullying.' } : {} });
    const res = await app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, school);
    if (res.status !== 201) throw new Error(`a measured submission was answered ${res.status}`);
    sends.push(...meter.calls);
  }
  // An item's write units on its own: the item (as put, or as it stands after an update) written under a scratch key.
  const writeUnitsOf = async (pk: string, sk: string, item?: Record<string, unknown>) => {
    const current = item ?? (await plain.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item ?? { pk, sk };
    const copy = { ...current, pk: `MEASURE#${pk}`, sk };
    const put = await plain.send(new PutCommand({ TableName: tableName, Item: copy, ReturnConsumedCapacity: 'TOTAL' }));
    return put.ConsumedCapacity?.CapacityUnits ?? 0;
  };
  const open = await costOf(opens, writeUnitsOf, pupils);
  const send = await costOf(sends, writeUnitsOf, pupils);
  return { units: { open: open.cost, send: send.cost } satisfies Units, reported: send.reported, measured: send.measured };
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const margin = (limit: number, peak: number) => (peak > 0 ? `${fmt(limit / peak)}×` : '∞');
const sum = (c: Partial<Record<Kind, number>>) => Object.values(c).reduce((a, b) => a + (b ?? 0), 0);
const listed = (c: Partial<Record<Kind, number>>) => Object.entries(c).map(([k, v]) => `${k} ${fmt(v ?? 0, 2)}`).join(', ');

function rows(name: string, p: Peaks): string[] {
  const concurrency = p.requests * REQUEST_SECONDS;
  return [
    `  ${name}: ${fmt(p.pupilsInPeakHour, 0)} pupils in the peak hour (largest year group ${p.largestYearGroup})`,
    `    tally, busiest partition key   ${fmt(p.tallyPk).padStart(10)} WCU/s   margin ${margin(LIMITS.partitionWrites, p.tallyPk)}`,
    `    tally, busiest item            ${fmt(p.tallyItem).padStart(10)} WCU/s   margin ${margin(LIMITS.partitionWrites, p.tallyItem)}`,
    `    a setting's raw responses      ${fmt(p.responsesPk).padStart(10)} WCU/s   margin ${margin(LIMITS.partitionWrites, p.responsesPk)}`,
    `    a school's guessing-limit item ${fmt(p.guessItem).padStart(10)} WCU/s   margin ${margin(LIMITS.partitionWrites, p.guessItem)}`,
    `    a join code's item             ${fmt(p.codeItem).padStart(10)} RCU/s   margin ${margin(LIMITS.partitionReads, p.codeItem)}`,
    `    the catalog (CATALOG)          ${fmt(p.catalogPk).padStart(10)} RCU/s   margin ${margin(LIMITS.partitionReads, p.catalogPk)}`,
    `    the lines (RESPOND)            ${fmt(p.respondPk).padStart(10)} RCU/s   margin ${margin(LIMITS.partitionReads, p.respondPk)}`,
    `    whole table                    ${fmt(p.tableWrites, 0).padStart(8)} WCU/s ${fmt(p.tableReads, 0).padStart(8)} RCU/s   margin ${margin(LIMITS.tableUnits, Math.max(p.tableWrites, p.tableReads))} (default on-demand table quota 40,000 each)`,
    `    requests                       ${fmt(p.requests, 0).padStart(8)} /s    Lambda ≈ ${fmt(concurrency, 0)} busy at ${REQUEST_SECONDS * 1000} ms each: margin ${margin(LIMITS.lambdaConcurrency, concurrency)} of 1,000; API stage throttle ${LIMITS.apiRate}/s (burst ${LIMITS.apiBurst}): margin ${margin(LIMITS.apiRate, p.requests)}`,
  ];
}

/** `npm run bench -- capacity`: measured units per pupil, then the peak hour of a city and a national round, simulated, against AWS's limits. */
export async function benchCapacity(endpoint: string): Promise<string[]> {
  const { units, reported, measured } = await measureUnits(endpoint);
  const out = [
    'Capacity: units per pupil measured on DynamoDB Local (ReturnConsumedCapacity), then the peak hour simulated second by second',
    `  opening the survey: reads ${listed(units.open.reads)} RCU; writes ${listed(units.open.writes)} WCU`,
    `  sending answers:    reads ${listed(units.send.reads)} RCU; writes ${listed(units.send.writes)} WCU (total ${fmt(sum(units.send.writes), 2)})`,
    `  the send's transaction: ${fmt(measured, 2)} WCU, twice each item's own write units (measured one by one); DynamoDB Local reports ${fmt(reported, 2)} for the whole transaction, counting the tally update by less than the item's size`,
  ];
  const designs: [TallyKeys, Units][] = [[keysAfter(TALLY_DESIGN.shards), units]];
  // The design before tally shards, costed with the same measured units except the tally item's, which is computed from its layout.
  const before: Units = { open: units.open, send: { reads: units.send.reads, writes: { ...units.send.writes, TALLY: legacyTallyUnits() } } };
  designs.unshift([KEYS_BEFORE, before]);
  for (const [keys, u] of designs) {
    out.push(`Design: ${keys.name} (tally ${fmt(u.send.writes.TALLY ?? 0, 0)} WCU per send)`);
    for (const pop of [MANCHESTER, ENGLAND]) out.push(...rows(pop.name, simulate(pop, u, keys)));
  }
  out.push('  margins: limit ÷ busiest second; per partition 1,000 WCU/s and 3,000 RCU/s (an item lives in one partition)');
  return out;
}
