import { createSignal, Show } from 'solid-js';
import { authed } from '../session';
import type { Setting } from './api';
import { createForm, ErrorSummary, formText, SelectField, TextField, type FieldErrors } from './form';
import { yearOptions } from './year-groups';

type Body = { settingId: string; yearGroup?: string; count?: number };
const FIELDS: Record<string, string> = { settingId: 'code-setting', yearGroup: 'code-year', count: 'code-count' };
const LABELS = { 'code-setting': 'Setting', 'code-year': 'Year group', 'code-count': 'How many codes' };

/**
 * Setting and year group, and (for single-use codes) how many: the form both kinds of code share.
 * `send` makes them; `onMade` gets the reply and the setting's name.
 */
export function CodeForm<T>(props: {
  settings: Setting[];
  submitLabel: string;
  withCount?: boolean;
  send: (token: string, body: Body) => Promise<T>;
  onMade: (made: T, settingName: string) => void;
}) {
  const form = createForm((f) => FIELDS[f], { 'wave.not_open': 'code-setting' });
  const [settingId, setSettingId] = createSignal('');
  const chosen = () => props.settings.find((s) => s.id === settingId());

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const yearGroup = formText(el, 'code-year');
    const countText = formText(el, 'code-count');
    const count = Number(countText);
    const missing: FieldErrors = {};
    if (!chosen()) missing['code-setting'] = 'Choose a setting.';
    if (props.withCount && !(Number.isInteger(count) && count >= 1 && count <= 99)) missing['code-count'] = 'Enter a whole number from 1 to 99.';
    if (Object.keys(missing).length) return form.refuse(missing);
    const body: Body = { settingId: settingId(), ...(yearGroup ? { yearGroup } : {}), ...(props.withCount ? { count } : {}) };
    const made = await form.submit(() => authed((token) => props.send(token, body)));
    if (made) props.onMade(made, chosen()!.name);
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
      <SelectField
        id="code-setting"
        label="Setting"
        error={form.error('code-setting')}
        value={settingId()}
        options={[['', 'Choose a setting'], ...props.settings.map((s) => [s.id, s.name] as const)]}
        onChange={setSettingId}
      />
      <SelectField
        id="code-year"
        label="Year group"
        hint="For one year group only: pupils using the code are not asked their year."
        error={form.error('code-year')}
        options={yearOptions(chosen()?.audience, 'The whole setting')}
      />
      <Show when={props.withCount}>
        <TextField id="code-count" label="How many codes" hint="One for each pupil, up to 99 at a time." error={form.error('code-count')} inputmode="numeric" value="30" class="short" />
      </Show>
      <button type="submit" class="btn primary" aria-disabled={form.busy()}>
        {props.submitLabel}
      </button>
    </form>
  );
}
