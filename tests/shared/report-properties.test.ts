import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { settingReport, type SettingReport, type ShownGroup, type TallyCell } from '../../shared/report';
import { tallyResponse, type Answers } from '../../shared/scoring';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { isRecoverable } from './suppression/exact-rank';

const K = 10;
const settings: Setting[] = ['a', 'b', 'c'].map((id, i) => ({
  id,
  name: `${id.toUpperCase()} School`,
  phase: 'secondary',
  locality: (['north', 'north', 'south'] as const)[i]!,
  audience: 'secondary',
}));
const ref = (s: { id: string; version: number }) => ({ id: s.id, version: s.version });
const wave: Wave = { id: 'w', title: 'W', status: 'open', opensOn: '2026-11-01', closesOn: '2026-12-01', surveys: { primary: ref(primarySurvey), secondary: ref(secondarySurvey) } };
const items = secondarySurvey.questions.filter((q) => q.kind === 'scale5').slice(0, 8).map((q) => q.id);

/**
 * Datasets with a random mix of year groups (sometimes with "year not given"), genders and
 * skipped answers, so small groups, and shown groups with few answers on a theme, are common.
 */
const dataset = fc
  .record({
    years: fc.shuffledSubarray([7, 8, 9, 12], { minLength: 1 }),
    unknownYear: fc.boolean(),
    skip: fc.integer({ min: 1, max: 6 }),
    size: fc.integer({ min: 5, max: 140 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 140 * 12, maxLength: 140 * 12 }),
  })
  .map(({ years, unknownYear, skip, size, seed }) => {
    const pool: (number | null)[] = unknownYear ? [...years, null] : years;
    const at = (i: number, j: number) => seed[i * 12 + j]!;
    return Array.from({ length: size }, (_, i): Pupil => ({
      setting: ['a', 'a', 'a', 'b', 'c'][at(i, 0) % 5]!,
      // Uneven group sizes: lower years are likelier.
      year: pool[Math.min(pool.length - 1, Math.floor(Math.sqrt(at(i, 1) % (pool.length * pool.length))))]!,
      gender: ['girl', 'girl', 'boy', 'boy', 'another', null][at(i, 2) % 6]!,
      answers: items.map((_, j) => (at(i, 3 + j) % 10 < skip ? undefined : at(i, 3 + j) % 5)),
    }));
  });

type Pupil = { setting: string; year: number | null; gender: string | null; answers: (number | undefined)[] };
const answersOf = (p: Pupil): Answers => Object.fromEntries([['year', p.year], ['gender', p.gender], ...items.map((id, i) => [id, p.answers[i]])]);
const cellOf = (p: Pupil): TallyCell => ({
  settingId: p.setting,
  yearGroup: p.year === null ? 'unknown' : String(p.year),
  gender: p.gender ?? 'none',
  tally: tallyResponse(secondarySurvey, answersOf(p)),
});

/** What the store keeps: one tally per setting × year × gender, summed. */
function aggregate(pupils: Pupil[]): TallyCell[] {
  const cells = new Map<string, TallyCell>();
  for (const c of pupils.map(cellOf)) {
    const key = `${c.settingId}|${c.yearGroup}|${c.gender}`;
    const prev = cells.get(key);
    cells.set(key, prev ? { ...prev, tally: Object.fromEntries([...new Set([...Object.keys(prev.tally), ...Object.keys(c.tally)])].map((k) => [k, (prev.tally[k] ?? 0) + (c.tally[k] ?? 0)])) } : c);
  }
  return [...cells.values()];
}

const report = (cells: TallyCell[]): SettingReport =>
  settingReport({ wave, setting: settings[0]!, survey: secondarySurvey, settings, history: [{ wave, tallies: cells }], threshold: K });

function shownGroups(r: SettingReport): ShownGroup[] {
  return [r.overall, r.locality, r.city, ...r.breakdowns.flatMap((b) => b.groups)].filter((g): g is ShownGroup => !g.suppressed);
}

function checkBreakdownSafety(r: SettingReport, cells: TallyCell[]) {
  /** The true number of pupils with a score on a theme in a group (hidden groups do not publish it). */
  const inGroup = (dimension: string, key: string) => cells.filter((c) => c.settingId === 'a' && (dimension === 'year' ? c.yearGroup : c.gender) === key);
  const trueCount = (dimension: string, key: string, counter: string) => inGroup(dimension, key).reduce((a, c) => a + (c.tally[counter] ?? 0), 0);
  const trueThemeN = (dimension: string, key: string, theme: string) => trueCount(dimension, key, `t.${theme}.n`);
  const overall = r.overall;
  if (overall.suppressed) return;
  for (const b of r.breakdowns) {
    // Themes: the setting's figure is published, so hidden groups' scores must not follow from it.
    for (const t of overall.themes) {
      if (t.suppressed) continue;
      const hidden = b.groups.filter((g) => g.suppressed || g.themes.find((x) => x.theme === t.theme)!.suppressed).map((g) => g.key);
      const all = b.groups.map((g) => g.key);
      for (const id of hidden) expect(isRecoverable(id, hidden, [all]), `${b.dimension} ${t.theme} ${id}`).toBe(false);
      // Their combined figure is the total minus the shown ones, so together they must be k or more.
      const union = hidden.reduce((a, key) => a + trueThemeN(b.dimension, key, t.theme), 0);
      if (hidden.length) expect(union, `${b.dimension} ${t.theme} union`).toBeGreaterThanOrEqual(K);
    }
    // Answers by group: rows (each group's n, hidden groups too) and the overall option counts.
    for (const q of b.questions) {
      const oq = overall.questions!.find((x) => x.id === q.id)!;
      if (oq.suppressed) continue;
      const options = [...oq.distribution.map((o) => String(o.option)), '-'];
      const cellId = (key: string, o: string) => `${key}|${o}`;
      const hidden: string[] = [];
      for (const g of q.groups) {
        for (const o of options) {
          const shown =
            !g.suppressed && (o === '-' ? !g.noAnswer.suppressed : !g.distribution.find((d) => String(d.option) === o)!.suppressed);
          // Not shown means unknown to a reader, empty or not: linear arithmetic must not pin it down.
          if (!shown) hidden.push(cellId(g.key!, o));
          if (shown && o !== '-') {
            const d = g.suppressed ? undefined : g.distribution.find((x) => String(x.option) === o);
            if (d && !d.suppressed) expect(d.count === 0 || d.count >= K, `option ${q.id} ${g.key} ${o} = ${d.count}`).toBe(true);
          }
        }
      }
      const rows = q.groups.map((g) => options.map((o) => cellId(g.key!, o)));
      const columns = options
        .filter((o) => (o === '-' ? !oq.noAnswer.suppressed : !oq.distribution.find((d) => String(d.option) === o)!.suppressed))
        .map((o) => q.groups.map((g) => cellId(g.key!, o)));
      for (const id of hidden) expect(isRecoverable(id, hidden, [...rows, ...columns]), `${q.id} ${id}`).toBe(false);
    }
  }
}

describe('reports over random datasets', () => {
  it('are the same from stored tallies as recomputed from raw responses', () => {
    fc.assert(
      fc.property(dataset, (pupils) => {
        expect(report(aggregate(pupils))).toEqual(report(pupils.map(cellOf)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('never show a group, theme or question of fewer than k pupils', () => {
    fc.assert(
      fc.property(dataset, (pupils) => {
        const r = report(aggregate(pupils));
        for (const g of shownGroups(r)) {
          expect(g.n).toBeGreaterThanOrEqual(K);
          for (const t of g.themes) if (!t.suppressed) expect(t.n).toBeGreaterThanOrEqual(K);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('never let a hidden figure be worked out from the shown ones and the totals', () => {
    fc.assert(
      fc.property(dataset, (pupils) => {
        const cells = aggregate(pupils);
        checkBreakdownSafety(report(cells), cells);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });
});
