import { LOCALITY_NAMES, type Setting, type Wave } from '../catalog';
import { count, tallyKey, type Tally } from '../scoring';
import { isShown, suppress } from '../suppression';
import type { Survey } from '../survey';
import { benchmarks } from './benchmark';
import { buildBreakdown, type BreakdownResult } from './breakdown';
import { byKey, isUnknown, keyOf, sumCells, type WaveTallies } from './cells';
import { comparisons } from './comparison';
import { buildGroup } from './group';
import { DIMENSION_LABELS, groupLabel } from './labels';
import { answerable, NO_ANSWER, optionCounts } from './measures';
import type { Dimension, Group, HiddenReason, SettingReport, TrendPoint } from './schema';
import { commentsHiddenReason, topicsResult } from './topics';
import { ballotLabels, waveRef } from './wave-ref';

export type ReportFilter = { dimension: Dimension; key: string };

/** A request for a group the engine does not show (fewer than k, or hidden as a complement). */
export class GroupRefused extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'GroupRefused';
  }
}

type Context = { setting: Setting; survey: Survey; settings: readonly Setting[]; threshold: number };

const yearOrder = (survey: Survey) => survey.questions.flatMap((q) => (q.kind === 'choice' && q.role === 'yearGroup' ? q.options.map(String) : []));
const genderOrder = (survey: Survey) => survey.questions.flatMap((q) => (q.kind === 'choice' && q.role === 'gender' ? q.options.map(String) : []));
const orderOf = (survey: Survey, d: Dimension) => (d === 'year' ? yearOrder(survey) : genderOrder(survey));

function rollOf(setting: Setting, yearGroups?: readonly string[]): number | undefined {
  if (!setting.roll) return undefined;
  const entries = Object.entries(setting.roll).filter(([y]) => !yearGroups || yearGroups.includes(y));
  return entries.length ? entries.reduce((a, [, n]) => a + n, 0) : undefined;
}

function breakdownOf(ctx: Context, own: WaveTallies, dimension: Dimension): BreakdownResult {
  const cells = byKey(own, dimension, orderOf(ctx.survey, dimension)).map((c) => ({
    ...c,
    label: groupLabel(dimension, c.key),
    remainder: isUnknown(dimension, c.key),
    ...(dimension === 'year' && rollOf(ctx.setting, [c.key]) ? { roll: rollOf(ctx.setting, [c.key]) } : {}),
  }));
  return buildBreakdown(dimension, DIMENSION_LABELS[dimension], cells, sumCells(own), ctx);
}

/** Overall answer options hidden so that a breakdown's hidden cells stay hidden, plus their complements. */
function overallHiddenOptions(ctx: Context, total: Tally, withheld: Map<string, Set<string>>[]) {
  const out = new Map<string, Set<string>>();
  for (const q of answerable(ctx.survey)) {
    const forced = withheld.flatMap((w) => [...(w.get(q.id) ?? [])]);
    if (forced.length === 0) continue;
    const cells = optionCounts(q, total).map((o) => ({ id: o.key, n: o.count, protect: false, remainder: o.key === '-' }));
    out.set(q.id, suppress({ cells, totals: [cells.map((c) => c.id)], threshold: ctx.threshold, hidden: forced }).hidden);
  }
  return out;
}

/** The cells of the setting's locality and of the city, answering the same survey. */
function peers(ctx: Context, tallies: WaveTallies) {
  const same = new Map(ctx.settings.filter((s) => s.audience === ctx.setting.audience).map((s) => [s.id, s]));
  const city = tallies.filter((t) => same.has(t.settingId));
  return { city, locality: city.filter((t) => same.get(t.settingId)?.locality === ctx.setting.locality) };
}

type View = Pick<SettingReport, 'overall' | 'locality' | 'city' | 'breakdowns' | 'topics'>;

function view(ctx: Context, tallies: WaveTallies, filter?: ReportFilter): View {
  const { city, locality } = peers(ctx, tallies);
  const own = city.filter((t) => t.settingId === ctx.setting.id);
  const ownTally = sumCells(own);
  const opts = { survey: ctx.survey, threshold: ctx.threshold };
  let overall: Group;
  let breakdowns: BreakdownResult[] = [];
  let slice = (cells: WaveTallies) => cells;
  if (filter) {
    const result = breakdownOf(ctx, own, filter.dimension);
    const group = result.breakdown.groups.find((g) => g.key === filter.key);
    const label = groupLabel(filter.dimension, filter.key);
    if (!group) throw new GroupRefused(`No pupils in ${label} answered in this round.`);
    if (group.suppressed) {
      throw new GroupRefused(
        group.reason === 'few'
          ? `${label} has fewer than ${ctx.threshold} responses, so its results are not shown, to protect pupils' privacy.`
          : `${label}'s results are hidden so that a smaller group's cannot be worked out from them.`,
      );
    }
    overall = { ...group, questions: result.breakdown.questions.map((q) => q.groups.find((g) => g.key === filter.key)!) };
    slice = (cells) => cells.filter((c) => keyOf(c, filter.dimension) === filter.key);
  } else {
    if (isShown(count(ownTally, tallyKey.responses), ctx.threshold)) breakdowns = (['year', 'gender'] as const).map((d) => breakdownOf(ctx, own, d));
    const hiddenOptions = overallHiddenOptions(ctx, ownTally, breakdowns.map((b) => b.withheld));
    // The year-group and gender questions' answers are the breakdowns' groups: hidden exactly as they are.
    for (const { breakdown } of breakdowns) {
      const role = breakdown.dimension === 'year' ? 'yearGroup' : 'gender';
      const q = ctx.survey.questions.find((x) => x.kind === 'choice' && x.role === role);
      const hidden = breakdown.groups.filter((g) => g.suppressed).map((g) => (isUnknown(breakdown.dimension, g.key) ? NO_ANSWER : g.key));
      if (q && hidden.length) hiddenOptions.set(q.id, new Set([...(hiddenOptions.get(q.id) ?? []), ...hidden]));
    }
    overall = buildGroup({ key: ctx.setting.id, label: ctx.setting.name, tally: ownTally, roll: rollOf(ctx.setting) }, { ...opts, questions: true, hiddenOptions });
  }
  const others = (cells: WaveTallies) =>
    new Set(slice(cells).filter((c) => c.settingId !== ctx.setting.id && count(c.tally, tallyKey.responses) > 0).map((c) => c.settingId)).size;
  const compared = comparisons(
    sumCells(slice(own)),
    { key: ctx.setting.locality, label: LOCALITY_NAMES[ctx.setting.locality], tally: sumCells(slice(locality)), otherSettings: others(locality) },
    { key: 'city', label: 'City', tally: sumCells(slice(city)), otherSettings: others(city) },
    opts,
  );
  return {
    overall,
    ...compared,
    breakdowns: breakdowns.map((b) => b.breakdown),
    topics: topicsResult(sumCells(slice(own)), commentsHiddenReason(overall.suppressed, filter?.dimension)),
  };
}

export type SettingReportInput = Context & {
  wave: Wave;
  /** Every wave with its tallies, oldest first, including `wave`. */
  history: readonly { wave: Wave; tallies: WaveTallies }[];
  filter?: ReportFilter;
};

export function settingReport(input: SettingReportInput): SettingReport {
  const current = input.history.find((h) => h.wave.id === input.wave.id);
  if (!current) throw new Error(`wave ${input.wave.id} is missing from the history`);
  const now = view(input, current.tallies, input.filter);
  const trend: TrendPoint[] = input.history
    .filter((h) =>
      h.tallies.some(
        (t) =>
          t.settingId === input.setting.id &&
          count(t.tally, tallyKey.responses) > 0 &&
          (!input.filter || keyOf(t, input.filter.dimension) === input.filter.key),
      ),
    )
    .map((h) => {
      if (h === current) return { wave: waveRef(h.wave), overall: now.overall, locality: now.locality, city: now.city };
      try {
        const v = view(input, h.tallies, input.filter);
        return { wave: waveRef(h.wave), overall: v.overall, locality: v.locality, city: v.city };
      } catch (err) {
        if (!(err instanceof GroupRefused)) throw err;
        // The group's own count in that round, under its own name (not the setting's tally items).
        const mine = h.tallies.filter((t) => t.settingId === input.setting.id && (!input.filter || keyOf(t, input.filter.dimension) === input.filter.key));
        const reason = isShown(count(sumCells(mine), tallyKey.responses), input.threshold) ? 'protected' : 'few';
        const label = input.filter ? groupLabel(input.filter.dimension, input.filter.key) : input.setting.name;
        return { wave: waveRef(h.wave), overall: hiddenGroup(input, reason, label), locality: hiddenGroup(input, 'few'), city: hiddenGroup(input, 'few') };
      }
    });
  const settingTallies = [...new Set(peers(input, current.tallies).city.map((t) => t.settingId))].map((id) =>
    sumCells(current.tallies.filter((t) => t.settingId === id)),
  );
  return {
    kind: 'setting',
    threshold: input.threshold,
    wave: waveRef(input.wave),
    setting: { id: input.setting.id, name: input.setting.name, phase: input.setting.phase, locality: input.setting.locality },
    survey: { id: input.survey.id, version: input.survey.version, audience: input.survey.audience },
    ...(input.filter ? { filter: { ...input.filter, label: groupLabel(input.filter.dimension, input.filter.key) } } : {}),
    overall: now.overall,
    benchmarks: input.filter ? [] : benchmarks(now.overall, now.city, settingTallies, input),
    locality: now.locality,
    city: now.city,
    breakdowns: now.breakdowns,
    trend,
    topics: now.topics,
    ...ballotLabels(input.wave),
    cautions: cautions(now.overall, input.threshold),
  };
}

const hiddenGroup = (ctx: Context, reason: HiddenReason, label = ctx.setting.name): Group => ({ key: ctx.setting.id, label, suppressed: true, reason });

export function cautions(overall: Group | undefined, threshold: number): string[] {
  return [
    'Small groups swing more from one survey to the next: read differences of a few points with care.',
    `Results for groups of fewer than ${threshold} pupils are not shown, and a few others are hidden so that they cannot be worked out.`,
    ...(overall && !overall.suppressed && overall.n < 30 ? ['Fewer than 30 pupils answered, so a few answers can move a score a lot.'] : []),
  ];
}
