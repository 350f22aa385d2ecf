import type { ScaleQuestion } from '../../../shared/survey/schema';
import type { SurveyText } from './labels';

/** The colour key for one answer scale; colours are the same five positions on every scale. */
export function BarLegend(props: { question: ScaleQuestion; text: SurveyText }) {
  return (
    <ul class="legend" aria-hidden="true">
      {[0, 1, 2, 3, 4].map((v) => (
        <li>
          <span class={`swatch s${v}`} />
          {props.text.option(props.question, v)}
        </li>
      ))}
    </ul>
  );
}
