import type { CityReport, Group, SettingReport } from './schema';

/** One row per group × measure, carrying exactly the figures the report shows (suppressed ones stay empty). */
export type Row = {
  wave: string;
  scope: string;
  dimension: string;
  group: string;
  measure: string;
  /** Empty for a hidden group or figure: it is "fewer than the threshold", not a number. */
  n?: number;
  suppressed: boolean;
  /** Why a hidden figure is hidden: `few` or `protected`. */
  hidden?: string;
  mean?: number;
  ci_low?: number;
  ci_high?: number;
  favourable_percent?: number;
  count?: number;
  percent?: number;
  response_rate?: number;
};

export const ROW_COLUMNS: (keyof Row)[] = [
  'wave', 'scope', 'dimension', 'group', 'measure', 'n', 'suppressed', 'hidden', 'mean', 'ci_low', 'ci_high',
  'favourable_percent', 'count', 'percent', 'response_rate',
];

function groupRows(wave: string, scope: string, dimension: string, g: Group): Row[] {
  const at = { wave, scope, dimension, group: g.label };
  if (g.suppressed) return [{ ...at, measure: 'responses', suppressed: true, hidden: g.reason }];
  const rows: Row[] = [{ ...at, measure: 'responses', n: g.n, suppressed: false, ...(g.responseRate === undefined ? {} : { response_rate: g.responseRate }) }];
  for (const t of g.themes) {
    rows.push(
      t.suppressed
        ? { ...at, measure: `theme:${t.theme}`, suppressed: true, hidden: t.reason }
        : { ...at, measure: `theme:${t.theme}`, n: t.n, suppressed: false, mean: t.mean, ci_low: t.ci[0], ci_high: t.ci[1], favourable_percent: t.favourable },
    );
  }
  for (const q of g.questions ?? []) {
    if (q.suppressed) {
      rows.push({ ...at, measure: `question:${q.id}`, suppressed: true, hidden: q.reason });
      continue;
    }
    if (q.mean !== undefined) rows.push({ ...at, measure: `question:${q.id}:mean`, n: q.n, suppressed: false, mean: q.mean, favourable_percent: q.favourable });
    for (const o of q.distribution) {
      const measure = `question:${q.id}:option:${o.option}`;
      rows.push(o.suppressed ? { ...at, measure, n: q.n, suppressed: true } : { ...at, measure, n: q.n, suppressed: false, count: o.count, percent: o.percent });
    }
    const measure = `question:${q.id}:no-answer`;
    rows.push(q.noAnswer.suppressed ? { ...at, measure, n: q.n, suppressed: true } : { ...at, measure, n: q.n, suppressed: false, count: q.noAnswer.count, percent: q.noAnswer.percent });
  }
  return rows;
}

export function settingReportRows(r: SettingReport): Row[] {
  const scope = r.filter ? `${r.setting.name} (${r.filter.label})` : r.setting.name;
  return [
    ...groupRows(r.wave.id, scope, 'overall', r.overall),
    ...groupRows(r.wave.id, 'locality', 'overall', r.locality),
    ...groupRows(r.wave.id, 'city', 'overall', r.city),
    ...r.breakdowns.flatMap((b) =>
      b.groups.flatMap((g) => {
        const questions = b.questions.map((q) => q.groups.find((x) => x.key === g.key)!).filter(Boolean);
        return groupRows(r.wave.id, scope, b.dimension, g.suppressed ? g : { ...g, questions });
      }),
    ),
  ];
}

export function cityReportRows(r: CityReport): Row[] {
  return r.sections.flatMap((s) => [
    ...groupRows(r.wave.id, s.survey.audience, 'city', s.city),
    ...s.localities.flatMap((l) => groupRows(r.wave.id, s.survey.audience, 'locality', l)),
    ...(s.settings ?? []).flatMap((g) => groupRows(r.wave.id, s.survey.audience, 'setting', g)),
  ]);
}

/** RFC 4180 CSV; text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function toCsv(rows: readonly Row[]): string {
  const cell = (v: unknown) => {
    if (v === undefined) return '';
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [ROW_COLUMNS.join(','), ...rows.map((r) => ROW_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
