import { For, Show, splitProps, type JSX } from 'solid-js';

/** Labelled controls with a hint and an error under the label, both tied to the control by aria-describedby. */
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The hint and the error under a label, each with an id the control points at. */
function HintAndError(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

type FieldProps = { id: string; label: string; hint?: string | undefined; error?: string | undefined };

export function TextField(props: FieldProps & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const [own, rest] = splitProps(props, ['id', 'label', 'hint', 'error', 'class']);
  return (
    <div class="field" classList={{ 'field-error': Boolean(own.error) }}>
      <label class="label" for={own.id}>
        {own.label}
      </label>
      <HintAndError id={own.id} hint={own.hint} error={own.error} />
      <input
        id={own.id}
        name={own.id}
        class={`input ${own.class ?? ''}`}
        aria-invalid={own.error ? true : undefined}
        aria-describedby={describedBy(own.id, own.hint, own.error)}
        {...rest}
      />
    </div>
  );
}

export function SelectField(
  props: FieldProps & { value?: string | undefined; options: readonly (readonly [value: string, label: string])[]; onChange?: (value: string) => void },
) {
  return (
    <div class="field" classList={{ 'field-error': Boolean(props.error) }}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <select
        id={props.id}
        name={props.id}
        class="input"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange?.(e.currentTarget.value)}
      >
        <For each={props.options}>
          {([value, label]) => (
            <option value={value} selected={value === props.value}>
              {label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
