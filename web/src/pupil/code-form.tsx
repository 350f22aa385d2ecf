import { createSignal } from 'solid-js';
import { t } from './i18n';
import { CODE_LENGTH, isCodeLength, normaliseCode } from '../../../shared/join-code';

/** The join code box. Any case, spaces or dashes are fine: "abc 234 xyz" works like "ABC-234-XYZ". */
export function CodeForm(props: { again?: boolean }) {
  const [error, setError] = createSignal('');
  let input!: HTMLInputElement;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const code = normaliseCode(input.value);
    if (!isCodeLength(code)) {
      setError(t('code.error.length', { n: CODE_LENGTH }));
      input.focus();
      return;
    }
    setError('');
    // A full page load, so the survey starts from a clean slate.
    location.assign(`/j/${code}`);
  };
  return (
    <form class="stack" onSubmit={submit} novalidate>
      <div class="field">
        <label for="code" class="label">
          {t(props.again ? 'code.labelAgain' : 'code.label')}
        </label>
        <p id="code-hint" class="hint">
          {t('code.hint')}
        </p>
        {error() && (
          <p id="code-error" class="error-text">
            {error()}
          </p>
        )}
        <input
          ref={input}
          id="code"
          name="code"
          class="input code"
          dir="ltr"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={error() ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={error() ? 'true' : undefined}
        />
      </div>
      <button type="submit" class="btn primary">
        {t('nav.start')}
      </button>
    </form>
  );
}
