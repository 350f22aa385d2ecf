import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { focusOnArrival, navigate, setTitle, url } from '../../router';
import { Status } from '../admin/form';
import { createLoad } from '../create-load';
import { ErrorNotice } from '../error-notice';
import { authed, loadMe } from '../session';
import { StaffLayout } from '../staff-layout';
import '../admin/admin.css';
import { listEntries, type Warnings } from './api';
import { EntryCard } from './entry-card';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';

/**
 * `/reports/settings/:id/you-said[?entry=]`: a setting's own "You said, we did", for its staff
 * (and the council): what pupils said, what the setting does about it, updates, and publishing
 * to the setting's public page and printable board.
 */
export default function YouSaidPage(props: { params: string[] }) {
  return (
    <StaffLayout>
      <YouSaid settingId={props.params[0] ?? ''} />
    </StaffLayout>
  );
}

function YouSaid(props: { settingId: string }) {
  const id = props.settingId;
  const here = `/reports/settings/${encodeURIComponent(id)}/you-said`;
  const me = createLoad(() => true, loadMe);
  const name = () => me.data()?.settings.find((s) => s.id === id)?.name ?? id;
  // Figures are quoted from rounds that have closed: their results no longer move.
  const waves = () => (me.data()?.waves ?? []).filter((w) => w.status === 'closed' || w.status === 'published');
  const [loads, setLoads] = createSignal(1);
  const entries = createLoad(loads, () => authed((token) => listEntries(token, id)));
  const reload = () => setLoads((n) => n + 1);
  const [done, setDone] = createSignal<string>();
  const [created, setCreated] = createSignal<{ id: string; warnings: Warnings | undefined }>();
  const openId = () => url().searchParams.get('entry');
  const open = createMemo(() => entries.data()?.entries.find((e) => e.id === openId()));
  createEffect(() => setTitle(`You said, we did: ${name()}`));

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        You said, we did: {name()}
      </h1>
      <p>
        Tell your pupils what you heard and what you are doing about it. Pupils see published entries on your public page, and you can print it as a
        board for classrooms.
      </p>
      <ul class="link-list">
        <li>
          <a href={`/you-said/${encodeURIComponent(id)}`}>Your public “You said, we did” page</a>
        </li>
        <li>
          <a href={`/you-said/${encodeURIComponent(id)}/board`}>The printable A4 board</a>
        </li>
        <li>
          <a href={`/reports/settings/${encodeURIComponent(id)}`}>Back to the report</a>
        </li>
      </ul>
      <Status text={done()} />
      <Show when={me.error() ?? entries.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={open()?.id} keyed>
        {(entryId) => (
          <EntryPanel
            settingId={id}
            settingName={name()}
            waves={waves()}
            entry={open()!}
            warnings={created()?.id === entryId ? created()!.warnings : undefined}
            onChanged={() => {
              setDone(undefined);
              reload();
            }}
            onClose={() => navigate(here)}
          />
        )}
      </Show>
      <Show when={entries.loading() && !entries.data()}>
        <p role="status" class="loading">
          Loading…
        </p>
      </Show>
      <Show when={entries.data()}>
        {(data) => (
          <>
            <h2 id="entries-title">Entries</h2>
            <Show when={data().entries.length} fallback={<p>There are no entries yet. Write the first one below.</p>}>
              <ul class="cards" aria-labelledby="entries-title">
                <For each={data().entries}>{(e) => <EntryCard entry={e} href={`${here}?entry=${encodeURIComponent(e.id)}`} />}</For>
              </ul>
            </Show>
          </>
        )}
      </Show>
      {/* One entry form at a time: the open entry's, or a new one. */}
      <Show when={me.data() && !open()}>
        <section aria-labelledby="new-entry-title" id="new-entry">
          <h2 id="new-entry-title">Write an entry</h2>
          <p>It is saved as a draft. Pupils see it once you publish it.</p>
          <Show when={entries.data()} keyed>
            {(_loaded) => (
              <EntryForm
                settingId={id}
                waves={waves()}
                onSaved={(entry, warnings) => {
                  setCreated({ id: entry.id, warnings });
                  setDone('Saved as a draft. Publish it when it is ready.');
                  reload();
                  navigate(`${here}?entry=${encodeURIComponent(entry.id)}`);
                }}
              />
            )}
          </Show>
        </section>
      </Show>
    </>
  );
}
