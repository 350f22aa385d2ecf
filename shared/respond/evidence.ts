import { LOCALITY_NAMES } from '../catalog';
import { THEME_NAMES } from '../report/labels';
import type { CityReport, Group, SettingReport, Topics } from '../report/schema';
import { findSurvey, ThemeId } from '../survey';
import type { CityEvidenceRef, EvidenceRef, Figure } from './schema';

/**
 * The figure a finding or entry cites, read from the report exactly as its readers see it, after
 * suppression. A figure the report does not show cannot be cited: the reason says why, in words
 * a youth-council member or teacher can act on.
 */
export type Cited = { figure: Figure } | { hidden: string };

const HIDDEN = 'That figure is not shown in the report (fewer than 10 pupils, or hidden so a smaller group\'s cannot be worked out), so it cannot be quoted. Choose a figure the report shows.';

function fromGroup(group: Group, ref: EvidenceRef, where: string, prompt: (id: string) => string | undefined): Cited {
  if (group.suppressed) return { hidden: HIDDEN };
  if (ref.kind === 'theme') {
    const parsed = ThemeId.safeParse(ref.id);
    const theme = parsed.success ? group.themes.find((t) => t.theme === parsed.data) : undefined;
    if (!theme) return { hidden: `There is no theme "${ref.id}" in this survey.` };
    if (theme.suppressed) return { hidden: HIDDEN };
    return { figure: { label: `${THEME_NAMES[theme.theme]}, ${where}`, favourable: theme.favourable, n: theme.n } };
  }
  const label = prompt(ref.id);
  const question = group.questions?.find((q) => q.id === ref.id);
  if (!label || !question) return { hidden: `There is no question "${ref.id}" with results here.` };
  if (question.suppressed || question.favourable === undefined) return { hidden: HIDDEN };
  return { figure: { label: `${label}, ${where}`, favourable: question.favourable, n: question.n } };
}

const promptsOf = (survey: { id: string; version: number }) => (id: string) => findSurvey(survey.id, survey.version)?.strings.en?.[`q.${id}`];

/** A city or locality figure from the city report (questions are reported for the whole city only). */
export function cityFigure(report: CityReport, ref: CityEvidenceRef): Cited {
  const section = report.sections.find((s) => s.survey.audience === ref.audience);
  if (!section) return { hidden: `No ${ref.audience} pupils' results in this round.` };
  if (ref.scope !== 'city' && ref.kind === 'question') {
    return { hidden: 'Answers to each question are given for the whole city, not by locality: cite the city, or a theme of the locality.' };
  }
  const group = ref.scope === 'city' ? section.city : section.localities.find((l) => l.key === ref.scope);
  if (!group) return { hidden: `No results for ${ref.scope}.` };
  return fromGroup(group, ref, ref.scope === 'city' ? 'City' : LOCALITY_NAMES[ref.scope], promptsOf(section.survey));
}

/** A figure of the whole setting from its own report. */
export function settingFigure(report: SettingReport, ref: EvidenceRef): Cited {
  if (report.survey.audience !== ref.audience) return { hidden: `This setting's pupils answer the ${report.survey.audience} survey.` };
  return fromGroup(report.overall, ref, report.setting.name, promptsOf(report.survey));
}

/** A comment topic's count from a report's topics, or why it cannot be cited. */
export function topicCount(topics: Topics, id: string): { label: string; count: number } | { hidden: string } {
  if (topics.suppressed) return { hidden: 'Comment topics are not shown for this group, so none can be quoted.' };
  const topic = topics.topics.find((t) => t.id === id);
  return topic ? { label: topic.label, count: topic.count } : { hidden: `There is no comment topic "${id}".` };
}

/**
 * A figure then and now, with the same caution about small changes the reports use: a change is
 * called clear only when it is bigger than chance would easily give (about twice its standard error).
 */
export type Change = {
  then: Figure;
  now?: Figure;
  waveId?: string;
  /** The next round is still open: its figure may move. */
  provisional?: boolean;
  direction?: 'up' | 'down' | 'same';
  clear?: boolean;
};

export function changeBetween(then: Figure, now: Figure | undefined): Omit<Change, 'waveId' | 'provisional'> {
  if (!now) return { then };
  const p1 = then.favourable / 100;
  const p2 = now.favourable / 100;
  const se = Math.sqrt((p1 * (1 - p1)) / then.n + (p2 * (1 - p2)) / now.n);
  const diff = p2 - p1;
  const clear = Math.abs(diff) > 1.96 * Math.max(se, 1e-9);
  return { then, now, direction: !clear ? 'same' : diff > 0 ? 'up' : 'down', clear };
}
