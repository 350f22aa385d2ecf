import { Show } from 'solid-js';
import type { QuestionResult } from '../../../shared/report/schema';
import type { ScaleQuestion } from '../../../shared/survey/schema';
import { BarLegend, ExtraLegend } from './bar-legend';
import type { SurveyText } from './labels';
import { StackedBar } from './stacked-bar';

/** One key per answer scale used in the survey, shown once above the bars. */
export function scaleKeys(text: SurveyText): ScaleQuestion[] {
  const seen = new Map<string, ScaleQuestion>();
  for (const g of text.questionGroups()) for (const q of g.questions) if (!seen.has(q.anchors)) seen.set(q.anchors, q);
  return [...seen.values()];
}

/** The keys for the bars: each answer scale, "no answer" and "hidden". */
export function AnswerKeys(props: { text: SurveyText }) {
  return (
    <div class="legends">
      {scaleKeys(props.text).map((q) => (
        <BarLegend question={q} text={props.text} />
      ))}
      <ExtraLegend />
    </div>
  );
}

/**
 * How pupils answered each question, theme by theme, then any on no theme. Choice questions
 * (year, gender) are left out on purpose.
 */
export function QuestionDistributions(props: { questions: QuestionResult[]; text: SurveyText; threshold: number }) {
  const results = () => new Map(props.questions.map((q) => [q.id, q]));
  return (
    <Show when={props.text.survey} fallback={<p>The questions of this survey version are not known to this page.</p>}>
      <p class="small">Each bar shows the percentage of all responses, including pupils who gave no answer.</p>
      <AnswerKeys text={props.text} />
      {props.text.questionGroups().map((group) => (
        <section class="theme-questions" aria-labelledby={`q-${group.key}`}>
          <h3 id={`q-${group.key}`}>{group.name}</h3>
          <Show when={group.note}>
            <p class="small">{group.note}</p>
          </Show>
          {group.questions.map((q) => (
            <StackedBar question={q} result={results().get(q.id)} text={props.text} threshold={props.threshold} />
          ))}
        </section>
      ))}
    </Show>
  );
}
