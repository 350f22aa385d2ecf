import { createSignal, Show } from 'solid-js';
import { navigate } from '../router';
import { CODE_LENGTH, normaliseCode } from './join-code';

/** The join code box. Any case, spaces or dashes are fine: "abc 234 xyz" works like "ABC-234-XYZ". */
export function CodeForm(props: { label?: string }) {
  const [error, setError] = createSignal('');
  let input!: HTMLInputElement;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const code = normaliseCode(input.value);
    if (code.length !== CODE_LENGTH) {
      setError(`A join code has ${CODE_LENGTH} letters and numbers. Check it and try again.`);
      input.focus();
      return;
    }
    setError('');
    navigate(`/j/${code}`);
  };
  return (
    <form class="stack" onSubmit={submit} novalidate>
      <div class="field">
        <label for="code" class="label">
          {props.label ?? 'Your join code'}
        </label>
        <p id="code-hint" class="hint">
          Your teacher will give you this. It looks like ABC-234-XYZ.
        </p>
        <Show when={error()}>
          <p id="code-error" class="error-text">
            {error()}
          </p>
        </Show>
        <input
          ref={input}
          id="code"
          name="code"
          class="input code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={error() ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={error() ? 'true' : undefined}
        />
      </div>
      <button type="submit" class="btn primary">
        Start
      </button>
    </form>
  );
}
