import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import type { ScaleQuestion } from '../../../shared/survey/schema';
import { BarLegend } from './bar-legend';
import { THEME_NAMES, type SurveyText } from './labels';
import { StackedBar } from './stacked-bar';

/** How pupils answered each question, theme by theme. Choice questions (year, gender) are left out on purpose. */
export function QuestionDistributions(props: { report: SettingReport; text: SurveyText }) {
  const results = () => new Map((props.report.overall.suppressed ? [] : props.report.overall.questions ?? []).map((q) => [q.id, q]));
  const themes = () => props.text.survey?.themes ?? [];
  // One key per answer scale used in the survey, shown once above the bars.
  const scales = () => {
    const seen = new Map<string, ScaleQuestion>();
    for (const t of themes()) for (const q of props.text.scaleQuestions(t)) if (!seen.has(q.anchors)) seen.set(q.anchors, q);
    return [...seen.values()];
  };
  return (
    <Show when={props.text.survey} fallback={<p>The questions of this survey version are not known to this page.</p>}>
      <div class="legends">
        {scales().map((q) => <BarLegend question={q} text={props.text} />)}
      </div>
      {themes().map((theme) => (
        <section class="theme-questions" aria-labelledby={`q-${theme}`}>
          <h3 id={`q-${theme}`}>{THEME_NAMES[theme]}</h3>
          {props.text.scaleQuestions(theme).map((q) => (
            <StackedBar question={q} result={results().get(q.id)} text={props.text} threshold={props.report.threshold} />
          ))}
        </section>
      ))}
    </Show>
  );
}
