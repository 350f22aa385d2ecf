import { createMemo, createSignal, For, Show } from 'solid-js';
import { focusOnArrival, navigate, setTitle, url } from '../../router';
import { createLoad } from '../create-load';
import { authed } from '../session';
import { AdminLayout } from './admin-layout';
import { listSettings, type Setting } from './api';
import { EditPanel, Status } from './form';
import { Refusal } from './refusal';
import { LOCALITY_WORDS, PHASE_WORDS, SettingForm } from './setting-form';
import { TableRegion } from '../table-region';

/** `/admin/settings[?edit=id]`: the schools, colleges and units whose pupils take the survey. */
export default function SettingsPage() {
  return (
    <AdminLayout>
      <Settings />
    </AdminLayout>
  );
}

const SURVEY_SHORT = { primary: 'primary', secondary: 'secondary' } as const;

function Settings() {
  setTitle('Settings');
  const [loads, setLoads] = createSignal(1);
  const settings = createLoad(loads, () => authed(listSettings));
  const [done, setDone] = createSignal<string>();
  const editing = createMemo(() => settings.data()?.settings.find((s) => s.id === url().searchParams.get('edit')));
  const saved = (s: Setting, created: boolean) => {
    setDone(created ? `${s.name} added. Make a join code for it under Join codes.` : `${s.name} saved.`);
    if (!created) navigate('/admin/settings');
    setLoads((n) => n + 1);
  };

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Settings
      </h1>
      <p>Schools, colleges and units whose pupils take the survey. Each one sees only its own report.</p>
      <p>
        <a href="#new-setting">Add a setting</a>
      </p>
      <Status text={done()} />
      <Show when={settings.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={editing()} keyed>
        {(s) => (
          <EditPanel title={`Change ${s.name}`}>
            <SettingForm setting={s} onSaved={saved} onCancel={() => navigate('/admin/settings')} />
          </EditPanel>
        )}
      </Show>
      <Show when={settings.data()}>
        {(data) => (
          <TableRegion labelledBy="settings-caption">
            <table class="data admin-table">
              <caption id="settings-caption">{data().settings.length} settings</caption>
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                <For each={data().settings}>
                  {(s) => (
                    <tr>
                      <th scope="row">
                        {s.name}
                        <span class="id">{s.id}</span>
                        <a class="row-link" href={`/admin/settings?edit=${encodeURIComponent(s.id)}`}>
                          Change<span class="vh"> {s.name}</span>
                        </a>
                      </th>
                      <td class="wrap">
                        {PHASE_WORDS[s.phase]}, {LOCALITY_WORDS[s.locality]} locality, {SURVEY_SHORT[s.audience]} survey.
                        <span class="line">Safeguarding lead: {s.safeguardingLead ?? 'not given'}</span>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableRegion>
        )}
      </Show>
      <section aria-labelledby="new-setting-title" id="new-setting">
        <h2 id="new-setting-title">Add a setting</h2>
        <SettingForm onSaved={saved} />
      </section>
    </>
  );
}
