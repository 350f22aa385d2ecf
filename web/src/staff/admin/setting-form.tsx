import { createSignal, For, Show } from 'solid-js';
import type { Audience, Locality, Phase } from '../../../../shared/catalog';
import { authed } from '../session';
import { saveSetting, type Setting } from './api';
import { createForm, ErrorSummary, FormActions, formText, SelectField, TextField, type FieldErrors } from './form';
import { AUDIENCE_WORDS, yearGroups } from './year-groups';

export const PHASE_WORDS: Record<Phase, string> = {
  primary: 'Primary school',
  secondary: 'Secondary school',
  'all-through': 'All-through school',
  special: 'Special school',
  pru: 'Pupil referral unit',
  'post-16': 'Post-16 college',
};
export const LOCALITY_WORDS: Record<Locality, string> = { north: 'North', central: 'Central', south: 'South' };

const FIELDS: Record<string, string> = {
  id: 'setting-id',
  settingId: 'setting-id',
  name: 'setting-name',
  phase: 'setting-phase',
  locality: 'setting-locality',
  audience: 'setting-audience',
  safeguardingLead: 'setting-lead',
};
const LABELS: Record<string, string> = {
  'setting-name': 'Name',
  'setting-id': 'Short name',
  'setting-phase': 'Kind of setting',
  'setting-locality': 'Locality',
  'setting-audience': 'Survey',
  'setting-lead': "Safeguarding lead's name",
};
const field = (f: string) => FIELDS[f] ?? (/^roll\.\d+$/.test(f) ? `roll-${f.slice(5)}` : undefined);
const entries = <K extends string>(words: Record<K, string>) => Object.entries(words) as [K, string][];

/** Adds a setting, or (given `setting`) changes one; its id never changes once made. */
export function SettingForm(props: { setting?: Setting | undefined; onSaved: (setting: Setting, created: boolean) => void; onCancel?: () => void }) {
  const form = createForm(field);
  const [audience, setAudience] = createSignal<Audience>(props.setting?.audience ?? 'secondary');
  const creating = !props.setting;
  const [fresh, setFresh] = createSignal(1);
  const labels = () => ({ ...LABELS, ...Object.fromEntries(yearGroups(audience()).map((y) => [`roll-${y}`, `Year ${y} on roll`])) });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const id = props.setting?.id ?? formText(el, 'setting-id');
    const name = formText(el, 'setting-name');
    const lead = formText(el, 'setting-lead');
    const missing: FieldErrors = {};
    if (!name) missing['setting-name'] = 'Enter the name of the setting.';
    if (!id) missing['setting-id'] = 'Enter a short name for web addresses, such as oakwood-high.';
    const roll: Record<string, number> = {};
    for (const y of yearGroups(audience())) {
      const text = formText(el, `roll-${y}`);
      if (!text) continue;
      if (!/^\d+$/.test(text)) missing[`roll-${y}`] = 'Enter a whole number, such as 120, or leave it blank.';
      else roll[y] = Number(text);
    }
    if (Object.keys(missing).length) return form.refuse(missing);
    const fields = {
      name,
      phase: formText(el, 'setting-phase') as Phase,
      locality: formText(el, 'setting-locality') as Locality,
      audience: audience(),
      ...(Object.keys(roll).length ? { roll } : {}),
      ...(lead ? { safeguardingLead: lead } : {}),
    };
    const saved = await form.submit(() => authed((token) => saveSetting(token, id, fields, creating)));
    if (!saved) return;
    if (creating) {
      setAudience('secondary');
      setFresh((n) => n + 1);
    }
    props.onSaved(saved.setting, creating);
  };

  // A new blank form after each one added: every control back to its first value, selects included.
  return (
    <Show when={fresh()} keyed>
      {(_form) => (
        <form class="stack admin-form" novalidate onSubmit={submit}>
          <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={labels()} />}</Show>
          <TextField id="setting-name" label="Name" hint="As pupils know it, such as Oakwood High School." error={form.error('setting-name')} value={props.setting?.name ?? ''} maxLength={120} />
          <Show when={creating}>
            <TextField
              id="setting-id"
              label="Short name"
              hint="Used in web addresses and staff usernames: lower-case letters, digits and dashes, such as oakwood-high. It cannot be changed later."
              error={form.error('setting-id')}
              autocapitalize="none"
              spellcheck={false}
            />
          </Show>
          <SelectField id="setting-phase" label="Kind of setting" error={form.error('setting-phase')} value={props.setting?.phase ?? 'secondary'} options={entries(PHASE_WORDS)} />
          <SelectField id="setting-locality" label="Locality" error={form.error('setting-locality')} value={props.setting?.locality ?? 'north'} options={entries(LOCALITY_WORDS)} />
          <SelectField
            id="setting-audience"
            label="Survey"
            hint="Which survey its pupils answer. Reports compare it only with settings answering the same one."
            error={form.error('setting-audience')}
            value={audience()}
            options={entries(AUDIENCE_WORDS)}
            onChange={(v) => setAudience(v as Audience)}
          />
          <fieldset class="roll">
            <legend class="label">Pupils on roll (optional)</legend>
            <p class="hint">For response rates. Leave a year blank if the setting has no pupils in it.</p>
            <div class="roll-grid">
              <For each={yearGroups(audience())}>
                {(y) => (
                  <TextField
                    id={`roll-${y}`}
                    label={`Year ${y}`}
                    error={form.error(`roll-${y}`)}
                    inputmode="numeric"
                    value={props.setting?.roll?.[y] === undefined ? '' : String(props.setting.roll[y])}
                    class="short"
                  />
                )}
              </For>
            </div>
          </fieldset>
          <TextField
            id="setting-lead"
            label="Safeguarding lead's name (optional)"
            hint="Pupils are told they can talk to this person, such as Ms P. Khan."
            error={form.error('setting-lead')}
            value={props.setting?.safeguardingLead ?? ''}
            maxLength={80}
          />
          <FormActions submit={creating ? 'Add setting' : 'Save changes'} busy={form.busy()} onCancel={props.onCancel} />
        </form>
      )}
    </Show>
  );
}
