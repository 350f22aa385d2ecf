import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ApiError } from '../api';
import { focusOnArrival, navigate, setTitle, url } from '../../router';
import { asApiError, createLoad } from '../create-load';
import { authed, signedInName } from '../session';
import { AccountForm, ROLE_WORDS } from './account-form';
import { AdminLayout } from './admin-layout';
import { listAccounts, listSettings, setAccountEnabled, type Account } from './api';
import { ConfirmDialog, type Confirmation } from './confirm-dialog';
import { EditPanel, Status } from './form';
import { Refusal } from './refusal';
import { TableRegion } from '../table-region';

/** `/admin/accounts[?edit=username]`: who can sign in, with which role and which settings. */
export default function AccountsPage() {
  return (
    <AdminLayout>
      <Accounts />
    </AdminLayout>
  );
}

function Accounts() {
  setTitle('Accounts');
  const [loads, setLoads] = createSignal(1);
  const accounts = createLoad(loads, () => authed(listAccounts));
  const settings = createLoad(() => true, () => authed(listSettings));
  const [done, setDone] = createSignal<string>();
  const [refusal, setRefusal] = createSignal<ApiError>();
  const [ask, setAsk] = createSignal<Confirmation>();
  const editing = createMemo(() => accounts.data()?.accounts.find((a) => a.username === url().searchParams.get('edit')));
  const names = (ids: string[]) => ids.map((id) => settings.data()?.settings.find((s) => s.id === id)?.name ?? id).join(', ');

  const saved = (a: Account, created: boolean) => {
    setDone(created ? `Account ${a.username} added. They will get an email inviting them to sign in.` : `Account ${a.username} saved.`);
    if (!created) navigate('/admin/accounts');
    setLoads((n) => n + 1);
  };
  // Your own account has no Disable button (the API refuses it, so the council is never locked out).
  const me = () => signedInName();
  const change = (a: Account, enabled: boolean, ask: Omit<Confirmation, 'run'>) =>
    setAsk({
      ...ask,
      run: async () => {
        setRefusal(undefined);
        setDone(undefined);
        try {
          await authed((token) => setAccountEnabled(token, a.username, enabled));
          setDone(`Account ${a.username} ${enabled ? 'enabled: they can sign in again' : 'disabled'}.`);
        } catch (err) {
          setRefusal(asApiError(err));
        }
        setLoads((n) => n + 1);
      },
    });
  const disable = (a: Account) =>
    change(a, false, {
      title: `Disable ${a.username}?`,
      body: <p>They will not be able to sign in any more. Their past actions stay in the audit log.</p>,
      confirm: 'Disable the account',
    });
  const enable = (a: Account) =>
    change(a, true, {
      title: `Enable ${a.username}?`,
      body: <p>They will be able to sign in again, with the role and settings shown here.</p>,
      confirm: 'Enable the account',
    });

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Accounts
      </h1>
      <p>Everyone who signs in to Heard: school staff, the youth council and the council. Pupils never have an account.</p>
      <p>
        <a href="#new-account">Add an account</a>
      </p>
      <Status text={done()} />
      <Show when={refusal() ?? accounts.error() ?? settings.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={editing()} keyed>
        {(a) => (
          <EditPanel title={`Change ${a.username}`}>
            <AccountForm account={a} settings={settings.data()?.settings ?? []} onSaved={saved} onCancel={() => navigate('/admin/accounts')} />
          </EditPanel>
        )}
      </Show>
      <Show when={accounts.data()}>
        {(data) => (
          <TableRegion labelledBy="accounts-caption">
            <table class="data admin-table">
              <caption id="accounts-caption">{data().accounts.length} accounts</caption>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Role and settings</th>
                </tr>
              </thead>
              <tbody>
                <For each={data().accounts}>
                  {(a) => (
                    <tr classList={{ disabled: !a.enabled }}>
                      <th scope="row">
                        {a.username}
                        <Show when={a.email}>
                          <span class="id">{a.email}</span>
                        </Show>
                        <span class="line">
                          {a.enabled ? 'Can sign in' : 'Disabled'}
                          {a.username === me() ? ' (you)' : ''}
                        </span>
                        <span class="row-actions">
                          <a class="row-link" href={`/admin/accounts?edit=${encodeURIComponent(a.username)}`}>
                            Change<span class="vh"> {a.username}</span>
                          </a>
                          <Show
                            when={a.enabled}
                            fallback={
                              <button type="button" class="btn link" onClick={() => enable(a)}>
                                Enable<span class="vh"> {a.username}</span>
                              </button>
                            }
                          >
                            <Show when={a.username !== me()}>
                              <button type="button" class="btn link" onClick={() => disable(a)}>
                                Disable<span class="vh"> {a.username}</span>
                              </button>
                            </Show>
                          </Show>
                        </span>
                      </th>
                      <td class="wrap">
                        {ROLE_WORDS[a.role].name}
                        <span class="line">{a.role === 'staff' ? names(a.settings) : a.role === 'admin' ? 'Every report' : 'City and locality reports'}</span>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableRegion>
        )}
      </Show>
      <section aria-labelledby="new-account-title" id="new-account">
        <h2 id="new-account-title">Add an account</h2>
        <AccountForm settings={settings.data()?.settings ?? []} onSaved={saved} />
      </section>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(undefined)} />
    </>
  );
}
