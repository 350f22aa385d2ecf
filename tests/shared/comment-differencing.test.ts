import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { tagTopics, TOPICS } from '../../shared/comments/topics';
import { commentView, GroupRefused, settingReport, type CommentView, type Dimension, type ReportFilter, type SettingReport, type TallyCell } from '../../shared/report';
import { mentionsHarm } from '../../shared/safeguarding';
import { tallyResponse } from '../../shared/scoring';
import { secondarySurvey } from '../../shared/survey';

/**
 * The attacker: a member of staff who may ask for the setting's report and comments for the
 * whole setting, each year group and each gender, one at a time, and who then lays every pair
 * of answers side by side. Nothing they can work out may point at a group of fewer than k pupils.
 */
const K = 10;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const setting: Setting = { id: 'a', name: 'A School', phase: 'secondary', locality: 'north', audience: 'secondary' };
const wave: Wave = {
  id: 'w',
  title: 'W',
  status: 'open',
  opensOn: '2026-11-01',
  closesOn: '2026-12-01',
  surveys: { secondary: { id: secondarySurvey.id, version: secondarySurvey.version }, primary: { id: secondarySurvey.id, version: secondarySurvey.version } },
};
const WORDS = ['Stop the bullying', 'Cleaner toilets please', 'More clubs after school', 'Help with exams, I feel worried', 'I feel sad and alone', 'Better buses', 'More trees in the park'];

type Pupil = { year: string; gender: string; comment?: string };

const pupils = fc
  .record({
    years: fc.shuffledSubarray(['7', '8', '9', '10', '11', 'unknown'], { minLength: 1 }),
    genders: fc.shuffledSubarray(['girl', 'boy', 'another', 'none'], { minLength: 1 }),
    size: fc.integer({ min: 8, max: 120 }),
    seed: fc.array(fc.nat(), { minLength: 360, maxLength: 360 }),
  })
  .map(({ years, genders, size, seed }) =>
    Array.from({ length: size }, (_, i): Pupil => {
      const [a, b, c] = [seed[i * 3]!, seed[i * 3 + 1]!, seed[i * 3 + 2]!];
      // Uneven groups (the first of each list is the likeliest), so small cells are common.
      const pick = <T,>(list: T[], r: number) => list[Math.min(list.length - 1, Math.floor(Math.sqrt(r % (list.length * list.length))))]!;
      // Every comment is unique, as a real one usually is: seeing it twice is seeing the same pupil.
      return { year: pick(years, a), gender: pick(genders, b), ...(c % 3 ? { comment: `${WORDS[c % WORDS.length]} (pupil ${i})` } : {}) };
    }),
  );

function cellsOf(list: Pupil[]): TallyCell[] {
  const cells = new Map<string, TallyCell>();
  for (const p of list) {
    const answers = { year: p.year === 'unknown' ? null : Number(p.year), gender: p.gender === 'none' ? null : p.gender, belong: 3 };
    const tally = tallyResponse(secondarySurvey, answers, p.comment ? { topics: tagTopics(p.comment), flagged: mentionsHarm(p.comment) } : undefined);
    const key = `${p.year}|${p.gender}`;
    const prev = cells.get(key)?.tally ?? {};
    const sum = Object.fromEntries([...new Set([...Object.keys(prev), ...Object.keys(tally)])].map((k) => [k, (prev[k] ?? 0) + (tally[k] ?? 0)]));
    cells.set(key, { settingId: 'a', yearGroup: p.year, gender: p.gender, tally: sum });
  }
  return [...cells.values()];
}

type View = { filter?: ReportFilter; members: (p: Pupil) => boolean; report: SettingReport; comments: CommentView };

/** Every view the API offers staff: the whole setting, then each year group and gender it does not refuse. */
function views(list: Pupil[]): View[] {
  const tallies = cellsOf(list);
  const stored = list.map((p) => ({ yearGroup: p.year, comments: p.comment ? { better_place: p.comment } : ({} as Record<string, string>) }));
  const out: View[] = [];
  const filters: (ReportFilter | undefined)[] = [
    undefined,
    ...[...new Set(list.map((p) => p.year))].map((key) => ({ dimension: 'year' as Dimension, key })),
    ...[...new Set(list.map((p) => p.gender))].map((key) => ({ dimension: 'gender' as Dimension, key })),
  ];
  for (const filter of filters) {
    let report: SettingReport;
    try {
      report = settingReport({ wave, setting, survey: secondarySurvey, settings: [setting], history: [{ wave, tallies }], threshold: K, filter });
    } catch (err) {
      if (err instanceof GroupRefused) continue;
      throw err;
    }
    const members = (p: Pupil) => !filter || (filter.dimension === 'year' ? p.year : p.gender) === filter.key;
    out.push({ filter, members, report, comments: commentView(secondarySurvey, stored, report.topics, filter) });
  }
  return out;
}

const texts = (v: View) => new Set(v.comments.suppressed ? [] : v.comments.questions.flatMap((q) => q.comments.map((c) => c.text)));
/** Every count about what pupils wrote that a view shows: how many wrote, how many were flagged, each topic. */
function writtenCounts(v: View): Map<string, number> | undefined {
  const t = v.report.topics;
  if (t.suppressed) return undefined;
  return new Map([['commented', t.n], ['flagged', t.flagged], ...t.topics.map((x) => [`topic:${x.id}`, x.count] as [string, number])]);
}

describe('what pupils wrote, against an attacker who combines views', () => {
  it('pins no comment, and no count of what was written, to a group of fewer than k', () => {
    let shownByYear = 0;
    fc.assert(
      fc.property(pupils, (list) => {
        const all = views(list);
        const whole = all.find((v) => !v.filter);
        const size = (...vs: View[]) => list.filter((p) => vs.every((v) => v.members(p))).length;
        if (all.some((v) => v.filter?.dimension === 'year' && !v.comments.suppressed)) shownByYear++;

        // 1. A comment seen in two views belongs to a pupil in both.
        for (const a of all) {
          for (const b of all) {
            if (a === b) continue;
            const both = [...texts(a)].filter((t) => texts(b).has(t));
            if (both.length) expect(size(a, b), `${JSON.stringify(a.filter)} × ${JSON.stringify(b.filter)}: ${both[0]}`).toBeGreaterThanOrEqual(K);
          }
        }
        // 2. A count shown in two views of different dimensions, with the whole: inclusion-exclusion
        // gives at least c(a) + c(b) − c(whole) such pupils in both groups.
        const wholeCounts = whole && writtenCounts(whole);
        for (const a of all) {
          for (const b of all) {
            if (!a.filter || !b.filter || a.filter.dimension >= b.filter.dimension) continue;
            const ca = writtenCounts(a);
            const cb = writtenCounts(b);
            if (!ca || !cb || !wholeCounts) continue;
            for (const [what, n] of ca) {
              const atLeast = n + cb.get(what)! - wholeCounts.get(what)!;
              if (atLeast > 0) expect(size(a, b), `${what} in ${a.filter.key} × ${b.filter.key}`).toBeGreaterThanOrEqual(K);
            }
          }
        }
        // 3. The whole setting less every group shown of one dimension: what is left belongs to the hidden groups together.
        if (!whole) return;
        for (const dimension of ['year', 'gender'] as const) {
          const shown = all.filter((v) => v.filter?.dimension === dimension && !v.comments.suppressed);
          if (!shown.length) continue;
          const rest = list.filter((p) => !shown.some((v) => v.members(p))).length;
          const left = [...texts(whole)].filter((t) => !shown.some((v) => texts(v).has(t)));
          if (left.length) expect(rest, `${dimension}: ${left[0]}`).toBeGreaterThanOrEqual(K);
          const wc = writtenCounts(whole);
          if (!wc) continue;
          for (const [what, n] of wc) {
            const remaining = n - shown.reduce((sum, v) => sum + (writtenCounts(v)?.get(what) ?? 0), 0);
            if (remaining > 0) expect(rest, `${dimension} ${what}`).toBeGreaterThanOrEqual(K);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: year groups do get their comments.
    expect(shownByYear).toBeGreaterThan(RUNS / 10);
  });

  it('shows comments and topics for the whole setting and year groups, never by gender', () => {
    const list: Pupil[] = Array.from({ length: 60 }, (_, i) => ({ year: i % 2 ? '9' : '10', gender: i % 3 ? 'girl' : 'boy', comment: `Stop the bullying (pupil ${i})` }));
    const all = views(list);
    const by = (d?: Dimension) => all.filter((v) => v.filter?.dimension === d);
    expect(by(undefined)[0]!.comments.suppressed).toBe(false);
    expect(by('year').map((v) => v.comments.suppressed)).toEqual([false, false]);
    expect(by('gender').map((v) => [v.report.overall.suppressed, v.comments, v.report.topics])).toEqual([
      [false, { suppressed: true, reason: 'dimension' }, { suppressed: true, reason: 'dimension' }],
      [false, { suppressed: true, reason: 'dimension' }, { suppressed: true, reason: 'dimension' }],
    ]);
    expect(TOPICS.length).toBeGreaterThan(0);
  });
});
