import { count, itemCounters, round, summarise, tallyKey, type Tally } from '../scoring';
import { isShown } from '../suppression';
import { isScale, type Survey } from '../survey';
import type { Group, QuestionResult, ThemeResult } from './schema';

export type GroupInput = { key: string; label: string; tally: Tally };
type Options = { survey: Survey; threshold: number; questions?: boolean };

const pct = (part: number, whole: number) => round((100 * part) / whole);

function themeResult(survey: Survey, tally: Tally, theme: Survey['themes'][number], threshold: number): ThemeResult {
  const n = count(tally, tallyKey.theme(theme, 'n'));
  if (!isShown(n, threshold)) return { theme, n, suppressed: true };
  const sum = count(tally, tallyKey.theme(theme, 's')) / 100;
  const sumSq = count(tally, tallyKey.theme(theme, 'q')) / 10_000;
  const s = summarise(n, sum, sumSq, 0, 100);
  return {
    theme,
    n,
    suppressed: false,
    mean: round(s.mean),
    sd: round(s.sd),
    ci: [round(s.ci[0]), round(s.ci[1])],
    favourable: pct(count(tally, tallyKey.theme(theme, 'f')), n),
  };
}

function questionResults(survey: Survey, tally: Tally, threshold: number): QuestionResult[] {
  const responses = count(tally, tallyKey.responses);
  const out: QuestionResult[] = [];
  for (const q of survey.questions) {
    if (q.kind === 'text') continue;
    const options: (number | string)[] = isScale(q) ? [0, 1, 2, 3, 4] : q.options;
    const counts = options.map((option) => ({ option, count: count(tally, tallyKey.answer(q.id, option)) }));
    const n = counts.reduce((a, c) => a + c.count, 0);
    if (!isShown(n, threshold)) {
      out.push({ id: q.id, n, suppressed: true });
      continue;
    }
    const result: QuestionResult = {
      id: q.id,
      n,
      suppressed: false,
      noAnswer: responses - n,
      distribution: counts.map((c) => ({ ...c, percent: pct(c.count, n) })),
    };
    if (isScale(q)) {
      const item = itemCounters(survey, q.id, tally);
      result.mean = round(item.sum / item.n, 2);
      result.favourable = pct(item.favourable, item.n);
    }
    out.push(result);
  }
  return out;
}

/** One group of a report, suppressed when it has fewer responses than the threshold. */
export function buildGroup(input: GroupInput, { survey, threshold, questions = false }: Options): Group {
  const n = count(input.tally, tallyKey.responses);
  if (!isShown(n, threshold)) return { key: input.key, label: input.label, n, suppressed: true };
  const group: Group = {
    key: input.key,
    label: input.label,
    n,
    suppressed: false,
    themes: survey.themes.map((t) => themeResult(survey, input.tally, t, threshold)),
  };
  if (questions) group.questions = questionResults(survey, input.tally, threshold);
  return group;
}
