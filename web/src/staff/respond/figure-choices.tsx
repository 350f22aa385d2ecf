import { For, Show } from 'solid-js';
import type { Cited } from '../../../../shared/respond/evidence';
import { figureWords } from './words';

/** One figure that could be quoted: `value` is `theme:belonging` or `question:belong`. */
export type FigureOption = { value: string; label: string; cited: Cited };

export const HIDDEN_SHORT = 'Not shown in the report, so it cannot be quoted';

/**
 * The figures of a report as radio buttons, each with its figure beside it. A figure the report
 * hides is there but cannot be chosen, and the page says why, once, above the list.
 */
export function FigureChoices(props: {
  name: string;
  legend: string;
  hint?: string | undefined;
  options: FigureOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const hiddenReason = () => props.options.map((o) => ('hidden' in o.cited ? o.cited.hidden : '')).find(Boolean);
  const firstShown = () => props.options.find((o) => 'figure' in o.cited)?.value;
  const describedBy = () => [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`, hiddenReason() && `${props.name}-hidden`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="choices field" classList={{ 'field-error': Boolean(props.error) }} aria-describedby={describedBy()}>
      <legend class="label">{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="error-text" id={`${props.name}-error`}>
          <span class="vh">Error: </span>
          {props.error}
        </p>
      </Show>
      <Show when={hiddenReason()}>
        <p class="note hidden-note-box" id={`${props.name}-hidden`}>
          {hiddenReason()}
        </p>
      </Show>
      <div class="figure-list">
        <For each={props.options}>
          {(o) => {
            const hidden = () => 'hidden' in o.cited;
            const id = () => (o.value === firstShown() ? props.name : `${props.name}-${o.value.replace(':', '-')}`);
            return (
              <label class="choice" classList={{ 'choice-hidden': hidden() }}>
                <input
                  type="radio"
                  name={props.name}
                  id={id()}
                  value={o.value}
                  disabled={hidden()}
                  checked={props.value === o.value}
                  onChange={() => props.onChange(o.value)}
                />
                <span>
                  {o.label}
                  <span class="hint">
                    {'figure' in o.cited ? figureWords(o.cited.figure) : HIDDEN_SHORT}
                  </span>
                </span>
              </label>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}
