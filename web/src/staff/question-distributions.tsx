import { Show } from 'solid-js';
import type { QuestionResult } from '../../../shared/report/schema';
import type { ScaleQuestion, ThemeId } from '../../../shared/survey/schema';
import { BarLegend, ExtraLegend } from './bar-legend';
import { THEME_NAMES, type SurveyText } from './labels';
import { StackedBar } from './stacked-bar';

/** One key per answer scale used in the survey, shown once above the bars. */
export function scaleKeys(text: SurveyText, themes: readonly ThemeId[]): ScaleQuestion[] {
  const seen = new Map<string, ScaleQuestion>();
  for (const t of themes) for (const q of text.scaleQuestions(t)) if (!seen.has(q.anchors)) seen.set(q.anchors, q);
  return [...seen.values()];
}

/** The keys for the bars: each answer scale, "no answer" and "hidden". */
export function AnswerKeys(props: { text: SurveyText; themes: readonly ThemeId[] }) {
  return (
    <div class="legends">
      {scaleKeys(props.text, props.themes).map((q) => (
        <BarLegend question={q} text={props.text} />
      ))}
      <ExtraLegend />
    </div>
  );
}

/** How pupils answered each question, theme by theme. Choice questions (year, gender) are left out on purpose. */
export function QuestionDistributions(props: { questions: QuestionResult[]; text: SurveyText; threshold: number }) {
  const results = () => new Map(props.questions.map((q) => [q.id, q]));
  const themes = () => props.text.survey?.themes ?? [];
  return (
    <Show when={props.text.survey} fallback={<p>The questions of this survey version are not known to this page.</p>}>
      <p class="small">Each bar shows the percentage of all responses, including pupils who gave no answer.</p>
      <AnswerKeys text={props.text} themes={themes()} />
      {themes().map((theme) => (
        <section class="theme-questions" aria-labelledby={`q-${theme}`}>
          <h3 id={`q-${theme}`}>{THEME_NAMES[theme]}</h3>
          {props.text.scaleQuestions(theme).map((q) => (
            <StackedBar question={q} result={results().get(q.id)} text={props.text} threshold={props.threshold} />
          ))}
        </section>
      ))}
    </Show>
  );
}
