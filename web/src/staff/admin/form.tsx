import { createSignal, For, Show, type JSX } from 'solid-js';
import { ApiError } from '../api';
import { asApiError } from '../create-load';

/** One message per field, keyed by the field's element id. */
export type FieldErrors = Record<string, string>;

const sentence = (text: string) => {
  const t = text.trim();
  return t ? `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : t;
};

/**
 * A form's submit state: busy, the API's problem, and its errors placed on the fields that
 * caused them. `fields` maps the API's field names (`closesOn`, `roll.7`) in a problem's
 * `errors[]` to element ids; `byCode` places a refusal that names no field (`wave.not_open`)
 * on the field it is about.
 */
export function createForm(fields: (apiField: string) => string | undefined, byCode: Record<string, string> = {}) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiError>();
  const [errors, setErrors] = createSignal<FieldErrors>({});

  /** Shows errors found before sending (empty fields, numbers that are not numbers). */
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    setProblem(new ApiError(400, 'There is a problem', 'Correct the answers below.'));
  };

  async function submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (busy()) return undefined;
    setBusy(true);
    setProblem(undefined);
    setErrors({});
    try {
      return await send();
    } catch (err) {
      const e = asApiError(err);
      const found: FieldErrors = {};
      // A refusal about one field with no field list (a round that is no longer a draft) still belongs on that field.
      if (byCode[e.code] && !e.errors.length) found[byCode[e.code]!] = sentence(e.detail);
      for (const { field, message } of e.errors) {
        const id = fields(field);
        if (id && !found[id]) found[id] = sentence(message);
      }
      setErrors(found);
      setProblem(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const clear = () => {
    setProblem(undefined);
    setErrors({});
  };
  return { busy, problem, errors, submit, refuse, clear, error: (id: string) => errors()[id] };
}

/** Moves focus to an element once it is on the page (an error summary, a new heading). */
export const focusNow = (el: HTMLElement) => requestAnimationFrame(() => el.focus());

/** The panel for changing one thing (`?edit=` in the address): its heading takes focus, so a screen reader lands on it. */
export function EditPanel(props: { title: JSX.Element; children: JSX.Element }) {
  return (
    <section class="panel" aria-labelledby="edit-title">
      <h2 id="edit-title" tabindex="-1" ref={focusNow}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/**
 * The error summary at the top of a form: the problem in words and a link to each field that
 * needs changing. It takes focus when it appears, so a screen reader hears it first.
 */
export function ErrorSummary(props: { problem: ApiError; errors: FieldErrors; labels: Record<string, string> }) {
  const linked = () => Object.entries(props.errors);
  // Messages on fields this form does not show (or none at all) still need saying.
  const detail = () => (linked().length ? '' : props.problem.detail);
  const jump = (e: MouseEvent, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    e.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="problem error-summary" role="alert" tabindex="-1" ref={focusNow}>
      <h2>{linked().length ? 'There is a problem' : props.problem.title}</h2>
      <Show when={detail()}>
        <p>{detail()}</p>
      </Show>
      <Show when={linked().length}>
        <ul>
          <For each={linked()}>
            {([id, message]) => (
              <li>
                <a href={`#${id}`} onClick={(e) => jump(e, id)}>
                  {props.labels[id] ? `${props.labels[id]}: ` : ''}
                  {message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

/** A polite line that says what just happened ("Saved."), read out without moving focus. */
export function Status(props: { text: string | undefined }) {
  return (
    <p class="done" role="status">
      {props.text ?? ''}
    </p>
  );
}

/** A form's buttons: the submit (unavailable while sending) and, where the form can be left, Cancel. */
export function FormActions(props: { submit: string; busy: boolean; onCancel?: (() => void) | undefined }) {
  return (
    <div class="actions">
      <button type="submit" class="btn primary" aria-disabled={props.busy}>
        {props.submit}
      </button>
      <Show when={props.onCancel}>
        <button type="button" class="btn secondary" onClick={() => props.onCancel?.()}>
          Cancel
        </button>
      </Show>
    </div>
  );
}

export { SelectField, TextField } from './fields';

/** The text of a named control in a form, trimmed. */
export const formText = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();
