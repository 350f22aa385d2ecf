import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { hardSentences } from '../../../../shared/respond/readability';
import { IDENTIFYING_WORDS, identifyingParts } from '../../../../shared/respond/text-checks';
import { hardWords } from './words';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  limit: number;
  /** Text pupils will read: warn (never block) about hard sentences and anything identifying as it is typed. */
  forPupils?: boolean;
  rows?: number;
  /** Set for a translation: the box is marked with its language and direction, and the English reading-ease check is skipped. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
};

/**
 * A labelled text box with a live character count (GOV.UK's pattern: typing past the limit is
 * allowed and said, not cut off) and, for text written for pupils, reading-ease warnings. The
 * hint, the error, the count and the warnings are all tied to the box by aria-describedby.
 */
export function TextAreaField(props: Props) {
  const length = () => props.value.trim().length;
  const over = () => length() - props.limit;
  // A screen reader hears the count once typing pauses, not at every key.
  const [spoken, setSpoken] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const countText = () => (over() > 0 ? `${over()} ${over() === 1 ? 'character' : 'characters'} too many` : `${length()} of ${props.limit} characters`);
  const input = (value: string) => {
    props.onInput(value);
    clearTimeout(timer);
    timer = setTimeout(() => setSpoken(countText()), 1000);
  };
  onCleanup(() => clearTimeout(timer));
  const hard = createMemo(() => (props.forPupils && (!props.lang || props.lang === 'en') ? hardSentences(props.value) : []));
  const identifying = createMemo(() => (props.forPupils ? identifyingParts(props.value) : []));
  const describedBy = () =>
    [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`, `${props.id}-count`, (hard().length || identifying().length) && `${props.id}-warnings`]
      .filter(Boolean)
      .join(' ');
  return (
    <div class="field" classList={{ 'field-error': Boolean(props.error) }}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="error-text" id={`${props.id}-error`}>
          <span class="vh">Error: </span>
          {props.error}
        </p>
      </Show>
      <textarea
        id={props.id}
        name={props.id}
        class="input"
        rows={props.rows ?? 3}
        lang={props.lang}
        dir={props.dir}
        aria-invalid={props.error || over() > 0 ? true : undefined}
        aria-describedby={describedBy()}
        value={props.value}
        onInput={(e) => input(e.currentTarget.value)}
      />
      <p id={`${props.id}-count`} class="hint char-count" classList={{ 'error-text': over() > 0 }}>
        {countText()}
      </p>
      <span class="vh" aria-live="polite">
        {spoken()}
      </span>
      <Show when={hard().length || identifying().length}>
        <div id={`${props.id}-warnings`} class="reading-warnings">
          <Show when={identifying().length}>
            <p>
              <strong>Heard will not publish this:</strong> it seems to include {identifying().map((k) => IDENTIFYING_WORDS[k] ?? k).join(', ')}. Take it out.
            </p>
          </Show>
          <Show when={hard().length}>
            <p>
              <strong>Easier to read?</strong> A suggestion, not a rule:
            </p>
            <ul>
              <For each={hard()}>{(h) => <li>{hardWords(h)}</li>}</For>
            </ul>
          </Show>
        </div>
      </Show>
    </div>
  );
}
