import type { Wave } from '../../shared/catalog';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { enrolSetting } from '../../functions/domain/enrol';
import { buildCityReport, buildSettingReport } from '../../functions/domain/reports';
import { DEMO_SETTINGS, demoRoll } from '../../functions/local/demo-city';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { meterReads } from './capacity';
import { loadResponses } from './report-data';

const surveys = {
  primary: { id: primarySurvey.id, version: primarySurvey.version },
  secondary: { id: secondarySurvey.id, version: secondarySurvey.version },
};
const WAVES: Wave[] = [
  { id: 'summer', title: 'Summer', status: 'closed', opensOn: '2026-06-01', closesOn: '2026-07-10', surveys },
  { id: 'autumn', title: 'Autumn', status: 'open', opensOn: '2026-11-01', closesOn: '2026-12-18', surveys },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(work: () => Promise<unknown>, meter: ReturnType<typeof meterReads>, runs = 15) {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  const units: number[] = [];
  for (let i = 0; i < runs; i++) {
    meter.reset();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    units.push(meter.read().units);
  }
  const { requests, items } = meter.read(); // of the last run: the same work every time
  return { ms: median(times), units: median(units), requests, items };
}

async function city(endpoint: string, responsesPerWave: number, only?: string) {
  const db = createDocumentClient({ region: 'eu-west-2', endpoint });
  const table = `heard-bench-${responsesPerWave}-${only ?? 'city'}`;
  await ensureTable(db as never, table);
  const store = dynamoStore(db, table);
  for (const s of DEMO_SETTINGS) {
    const roll = demoRoll(s);
    await store.putSetting({ id: s.id, name: s.name, phase: s.phase, locality: s.locality, audience: s.audience, ...(roll ? { roll } : {}) });
  }
  let raw = 0;
  for (const w of WAVES) {
    await store.putWave(w);
    for (const [i, s] of DEMO_SETTINGS.entries()) await enrolSetting(store, w, { ...s, roll: demoRoll(s) }, `${w.id.slice(0, 3).toUpperCase()}${String(i).padStart(6, '2')}`.slice(0, 9));
    raw += await loadResponses(store, db, table, w.id, responsesPerWave, only);
  }
  return { store, meter: meterReads(db), raw };
}

/** Report cost at two sizes of city, and the gender breakdown of one large setting. */
export async function benchReports(endpoint: string): Promise<string[]> {
  const deps = (store: Awaited<ReturnType<typeof city>>['store']) => ({ store, threshold: 10 });
  const rows: string[] = [];
  const results: Record<number, { setting: Awaited<ReturnType<typeof measure>>; city: Awaited<ReturnType<typeof measure>>; raw: number }> = {};
  for (const size of [1_000, 100_000]) {
    const started = performance.now();
    const c = await city(endpoint, size);
    process.stderr.write(`  loaded ${c.raw.toLocaleString('en-GB')} raw responses (two waves) in ${Math.round((performance.now() - started) / 1000)} s\n`);
    results[size] = {
      raw: c.raw,
      setting: await measure(() => buildSettingReport(deps(c.store), 'oakwood-high', 'autumn'), c.meter),
      city: await measure(() => buildCityReport(deps(c.store), 'autumn', { withSettings: true }), c.meter),
    };
  }
  const small = results[1_000]!;
  const large = results[100_000]!;
  const line = (label: string, a: number, b: number, unit: string, digits = 1) =>
    `  ${label.padEnd(30)} ${a.toFixed(digits).padStart(10)} ${unit.padEnd(3)} ${b.toFixed(digits).padStart(12)} ${unit.padEnd(3)}  ratio ${(b / a).toFixed(2)}`;
  rows.push('Reports read tallies only (DynamoDB Local; median of 15 runs after 3 warm-up runs)');
  rows.push(`  ${''.padEnd(30)} ${'1,000 per wave'.padStart(14)} ${'100,000 per wave'.padStart(16)}`);
  rows.push(line('setting report latency', small.setting.ms, large.setting.ms, 'ms'));
  rows.push(line('setting report read units', small.setting.units, large.setting.units, 'RCU'));
  rows.push(line('setting report items read', small.setting.items, large.setting.items, '', 0) + `  (${small.setting.requests} vs ${large.setting.requests} requests)`);
  rows.push(line('city report latency', small.city.ms, large.city.ms, 'ms'));
  rows.push(line('city report read units', small.city.units, large.city.units, 'RCU'));
  rows.push(line('city report items read', small.city.items, large.city.items, '', 0) + `  (${small.city.requests} vs ${large.city.requests} requests)`);
  rows.push(`  targets: latency ratio <= 1.3; read units equal (raw responses in the table: ${small.raw.toLocaleString('en-GB')} vs ${large.raw.toLocaleString('en-GB')})`);
  rows.push('  the same tally items either way; a read unit is 4 KB of item read, and a count of 100,000 takes a few bytes more to store than one of 1,000');

  const one = await city(endpoint, 2_000, 'oakwood-high');
  const gender = await measure(() => buildSettingReport(deps(one.store), 'oakwood-high', 'autumn', { dimension: 'gender', key: 'girl' }), one.meter);
  const full = await measure(() => buildSettingReport(deps(one.store), 'oakwood-high', 'autumn'), one.meter);
  rows.push('Gender breakdown of one setting with 2,000 responses (target < 300 ms)');
  rows.push(`  girls only (narrowed view)     ${gender.ms.toFixed(1).padStart(10)} ms   ${gender.units.toFixed(1)} RCU`);
  rows.push(`  full report with both breakdowns ${full.ms.toFixed(1).padStart(8)} ms   ${full.units.toFixed(1)} RCU`);
  return rows;
}
