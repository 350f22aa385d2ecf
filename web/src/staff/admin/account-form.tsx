import { createSignal, For, Show } from 'solid-js';
import type { Role } from '../api';
import { authed } from '../session';
import { saveAccount, type Account, type Setting } from './api';
import { createForm, ErrorSummary, FormActions, formText, TextField, type FieldErrors } from './form';

export const ROLE_WORDS: Record<Role, { name: string; explain: string }> = {
  staff: { name: 'School staff', explain: 'Sees the reports of the settings chosen below, and nothing else.' },
  'youth-council': { name: 'Youth council', explain: 'Sees the city and locality reports; never a single setting.' },
  admin: { name: 'Council administrator', explain: 'Sees every report and runs rounds, codes, settings and accounts.' },
};

const FIELDS: Record<string, string> = { username: 'account-username', email: 'account-email', role: 'account-role-staff', settings: 'account-settings' };
const LABELS: Record<string, string> = { 'account-username': 'Username', 'account-email': 'Email address', 'account-role-staff': 'Role', 'account-settings': 'Settings' };

/** Adds an account or (given `account`) changes its email, role and settings. */
export function AccountForm(props: { account?: Account | undefined; settings: Setting[]; onSaved: (account: Account, created: boolean) => void; onCancel?: () => void }) {
  const form = createForm((f) => FIELDS[f] ?? (f.startsWith('settings') ? 'account-settings' : undefined));
  const [role, setRole] = createSignal<Role>(props.account?.role ?? 'staff');
  const creating = !props.account;
  const [fresh, setFresh] = createSignal(1);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const username = props.account?.username ?? formText(el, 'account-username').toLowerCase();
    const email = formText(el, 'account-email');
    const settings = role() === 'staff' ? new FormData(el).getAll('account-setting').map(String) : [];
    const missing: FieldErrors = {};
    if (!username) missing['account-username'] = 'Enter a username, such as jo.bloggs.';
    if (role() === 'staff' && !settings.length) missing['account-settings'] = 'Choose at least one setting this person works at.';
    if (Object.keys(missing).length) return form.refuse(missing);
    const saved = await form.submit(() => authed((token) => saveAccount(token, username, { role: role(), settings, ...(email ? { email } : {}) }, creating)));
    if (!saved) return;
    if (creating) {
      setRole('staff');
      setFresh((n) => n + 1);
    }
    props.onSaved({ username, role: role(), settings, enabled: props.account?.enabled ?? true, ...(email ? { email } : {}) }, creating);
  };

  // A new blank form after each one added: every control back to its first value, selects included.
  return (
    <Show when={fresh()} keyed>
      {(_form) => (
        <form class="stack admin-form" novalidate onSubmit={submit}>
          <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
          <Show when={creating}>
            <TextField
              id="account-username"
              label="Username"
              hint="What they sign in with: lower-case letters, digits, dots and dashes, such as jo.bloggs."
              error={form.error('account-username')}
              autocapitalize="none"
              autocomplete="off"
              spellcheck={false}
            />
          </Show>
          <TextField
            id="account-email"
            label="Email address"
            hint="Their invitation and password resets go here."
            error={form.error('account-email')}
            type="email"
            autocomplete="off"
            spellcheck={false}
            value={props.account?.email ?? ''}
          />
          <fieldset class="choices" aria-describedby={form.error('account-role-staff') ? 'account-role-error' : undefined}>
            <legend class="label">Role</legend>
            <Show when={form.error('account-role-staff')}>
              <p class="error-text" id="account-role-error">
                <span class="vh">Error: </span>
                {form.error('account-role-staff')}
              </p>
            </Show>
            <For each={Object.entries(ROLE_WORDS) as [Role, { name: string; explain: string }][]}>
              {([value, words]) => (
                <label class="choice" for={`account-role-${value}`}>
                  <input type="radio" id={`account-role-${value}`} name="account-role" value={value} checked={role() === value} onChange={() => setRole(value)} />
                  <span>
                    <strong>{words.name}</strong>
                    <span class="hint">{words.explain}</span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
          <Show when={role() === 'staff'}>
            <fieldset class="choices" id="account-settings" tabindex="-1" aria-describedby={form.error('account-settings') ? 'account-settings-error' : 'account-settings-hint'}>
              <legend class="label">Settings</legend>
              <p class="hint" id="account-settings-hint">
                The reports they can see. Choose one or more.
              </p>
              <Show when={form.error('account-settings')}>
                <p class="error-text" id="account-settings-error">
                  <span class="vh">Error: </span>
                  {form.error('account-settings')}
                </p>
              </Show>
              <div class="choice-list">
                <For each={props.settings}>
                  {(s) => (
                    <label class="choice" for={`account-setting-${s.id}`}>
                      <input type="checkbox" id={`account-setting-${s.id}`} name="account-setting" value={s.id} checked={props.account?.settings.includes(s.id) ?? false} />
                      <span>{s.name}</span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          </Show>
          <FormActions submit={creating ? 'Add account' : 'Save changes'} busy={form.busy()} onCancel={props.onCancel} />
        </form>
      )}
    </Show>
  );
}
