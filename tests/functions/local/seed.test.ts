import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSettingReport } from '../../../functions/domain/reports';
import { seedDemoCity } from '../../../functions/local/seed';
import { freshTable } from '../../support/dynamo';

let table: Awaited<ReturnType<typeof freshTable>>;
let first: Awaited<ReturnType<typeof seedDemoCity>>;
const today = new Date('2026-11-22T09:00:00Z');

beforeAll(async () => {
  table = await freshTable();
  const started = Date.now();
  first = await seedDemoCity(table.store, today);
  console.log(`seeded ${first.responses} demo responses in ${Date.now() - started} ms`);
}, 180_000);
afterAll(() => table.drop());

describe('the demo city', () => {
  it('has at least 12 settings of different phases across the three localities', async () => {
    const settings = await table.store.listSettings();
    expect(settings.length).toBeGreaterThanOrEqual(12);
    expect(new Set(settings.map((s) => s.locality))).toEqual(new Set(['north', 'central', 'south']));
    expect(new Set(settings.map((s) => s.phase)).size).toBeGreaterThanOrEqual(5);
  });

  it('has one closed round from last term and one open round, each with a code per setting', async () => {
    const waves = await table.store.listWaves();
    expect(waves.map((w) => w.status).sort()).toEqual(['closed', 'open']);
    const open = waves.find((w) => w.status === 'open')!;
    expect(open.opensOn <= '2026-11-22' && '2026-11-22' <= open.closesOn).toBe(true);
    for (const w of waves) expect(await table.store.listJoinCodes(w.id)).toHaveLength((await table.store.listSettings()).length);
  });

  it('has a few thousand responses that vary between settings, with a year group under 10', async () => {
    expect(first.responses).toBeGreaterThan(2000);
    const tallies = await table.store.readTallies('this-term');
    const total = tallies.reduce((a, t) => a + (t.tally.n ?? 0), 0);
    expect(total).toBe(tallies.length && total); // every tally counted
    expect(tallies.some((t) => t.yearGroup !== 'unknown' && (t.tally.n ?? 0) < 10)).toBe(true);
    const belongingMean = (settingId: string) => {
      const rows = tallies.filter((t) => t.settingId === settingId);
      const s = rows.reduce((a, t) => a + (t.tally['t.belonging.s'] ?? 0), 0);
      const n = rows.reduce((a, t) => a + (t.tally['t.belonging.n'] ?? 0), 0);
      return s / n / 100;
    };
    expect(Math.abs(belongingMean('canal-side-primary') - belongingMean('hillcrest-primary'))).toBeGreaterThan(5);
  });

  it('shows every report feature: a hidden small year group and a hidden neighbour, genders, trend, topics, rates', async () => {
    const report = await buildSettingReport({ store: table.store, threshold: 10 }, 'northgate-pru', 'this-term');
    const years = report.breakdowns.find((b) => b.dimension === 'year')!.groups;
    expect(years.some((g) => g.suppressed && g.reason === 'few')).toBe(true);
    expect(years.some((g) => g.suppressed && g.reason === 'protected')).toBe(true);
    const big = await buildSettingReport({ store: table.store, threshold: 10 }, 'oakwood-high', 'this-term');
    expect(big.breakdowns.find((b) => b.dimension === 'gender')!.groups.filter((g) => !g.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(big.trend.map((t) => t.wave.id)).toEqual(['last-term', 'this-term']);
    expect(big.topics.suppressed === false && big.topics.topics.some((t) => t.count > 0)).toBe(true);
    expect(big.overall.suppressed ? 0 : big.overall.responseRate).toBeGreaterThan(50);
    expect(big.benchmarks.length).toBeGreaterThan(0);
  });

  it('has the whole listen-and-respond loop for last term, so every role sees it at once', async () => {
    const findings = await table.store.listFindings();
    expect(findings.filter((f) => f.waveId === 'last-term').map((f) => f.status).sort()).toEqual(['agreed', 'agreed', 'agreed', 'agreed', 'draft']);
    expect(findings.find((f) => f.status === 'draft')!.notes).toHaveLength(1);
    const wave = (await table.store.getWave('this-term'))!;
    expect(wave.status).toBe('open');
    expect(wave.ballot!.options.map((o) => o.findingId).sort()).toEqual(findings.filter((f) => f.status === 'agreed').map((f) => f.id).sort());
    // The vote is counted and shown in the city report.
    const { voteFor } = await import('../../../functions/domain/respond/ballot');
    const { buildCityReport } = await import('../../../functions/domain/reports');
    const deps = { store: table.store, threshold: 10, now: () => today };
    const vote = await voteFor(deps, wave, await buildCityReport(deps, 'this-term', { withSettings: false }));
    expect(vote.suppressed).toBe(false);
    expect(vote.n).toBeGreaterThan(1000);
    const answers = await table.store.listAnswers();
    expect(answers.map((a) => a.published!.status).sort()).toEqual(['cannot', 'doing', 'done', 'looking']);
    expect(answers.some((a) => a.revisions.length > 0)).toBe(true);
    expect(answers.some((a) => a.updates.some((u) => u.showOn > '2026-11-22'))).toBe(true);
    expect(answers.flatMap((a) => (a.verdict ? [`${a.verdict.verdict}${a.verdict.sentBack ? ' sent back' : ''}`] : [])).sort()).toEqual(['good-enough', 'not-yet sent back']);
    for (const id of ['oakwood-high', 'city-heights-high']) expect((await table.store.listEntries(id)).every((e) => e.published)).toBe(true);
    expect(Object.keys(await table.store.getHeardLines(['oakwood-high', 'city-heights-high', 'southway-high', 'city'])).sort()).toEqual(['city', 'city-heights-high', 'oakwood-high']);
  });

  it('is seeded once: a second start changes nothing', async () => {
    expect(await seedDemoCity(table.store, today)).toEqual({ seeded: false, responses: 0 });
  });
});
