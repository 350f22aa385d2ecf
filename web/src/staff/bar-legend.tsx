import type { ScaleQuestion } from '../../../shared/survey/schema';
import type { SurveyText } from './labels';

/** The colour key for one answer scale, plus "no answer" and "hidden"; every part of a bar is also named in its table. */
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

export function ExtraLegend() {
  return (
    <ul class="legend" aria-hidden="true">
      <li>
        <span class="swatch seg-na" />
        No answer
      </li>
      <li>
        <span class="swatch seg-hidden" />
        Hidden to protect smaller groups
      </li>
    </ul>
  );
}
