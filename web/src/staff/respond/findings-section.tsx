import { createMemo, createSignal, For, Show } from 'solid-js';
import { getCityReport } from '../api';
import { createLoad } from '../create-load';
import { ErrorNotice } from '../error-notice';
import { Status } from '../admin/form';
import { authed } from '../session';
import { getFindings, type RoundsView } from './api';
import { BallotSection } from './ballot-section';
import { FindingCard } from './finding-card';
import { FindingForm } from './finding-form';

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** One round's findings in the youth council's workspace, the form to draft another, and the vote in the next round. */
export function FindingsSection(props: { wave: string; rounds: RoundsView; canWrite: boolean; onChanged: () => void }) {
  const [loads, setLoads] = createSignal(1);
  const view = createLoad(() => `${loads()}|${props.wave}`, () => authed((token) => getFindings(token, props.wave)));
  const report = createLoad(() => props.canWrite && props.wave, (w) => authed((token) => getCityReport(token, w)));
  const [done, setDone] = createSignal<string>();
  const [drafted, setDrafted] = createSignal<string>();
  const reload = () => {
    setLoads((n) => n + 1);
    props.onChanged();
  };
  // Cards are kept by id, so reloading after a change keeps each card (and what is typed in it) in place.
  const ids = createMemo(() => view.data()?.findings.map((f) => f.id) ?? [], [], { equals: sameList });
  const byId = createMemo(() => new Map(view.data()?.findings.map((f) => [f.id, f]) ?? []));
  const round = () => view.data()?.round ?? props.rounds.rounds.find((r) => r.id === props.wave);
  /** The round a figure was measured again in: a round with results, or the next one (still open). */
  const titleOf = (waveId: string | undefined) =>
    props.rounds.rounds.find((r) => r.id === waveId)?.title ?? (view.data()?.next?.round.id === waveId ? view.data()?.next?.round.title : undefined);

  return (
    <>
      <Status text={done()} />
      <Show when={view.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={view.loading() && !view.data()}>
        <p role="status" class="loading">
          Loading the findings…
        </p>
      </Show>
      <Show when={view.data()}>
        {(v) => (
          <>
            <h2 id="findings-title">Findings from {round()?.title}</h2>
            <Show when={ids().length} fallback={<p>There are no findings from this round yet.</p>}>
              <ul class="cards findings" aria-labelledby="findings-title">
                <For each={ids()}>
                  {(id) => (
                    <Show when={byId().get(id)}>
                      {(f) => (
                        <FindingCard
                          finding={f()}
                          canWrite={props.canWrite}
                          nextRoundTitle={titleOf(f().change?.waveId)}
                          report={report.data()}
                          onChanged={reload}
                          onWithdrawn={() => {
                            setDone('The draft finding was withdrawn.');
                            reload();
                          }}
                        />
                      )}
                    </Show>
                  )}
                </For>
              </ul>
            </Show>

            <Show when={props.canWrite}>
              <section aria-labelledby="new-finding-title" id="new-finding">
                <h2 id="new-finding-title">Draft a finding</h2>
                <p>Say what pupils told us, in your own words, and quote the figure from the city report it comes from.</p>
                <Show when={report.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
                <Show when={report.data()} fallback={<Show when={!report.error()}><p role="status" class="loading">Loading the city report…</p></Show>}>
                  {(r) => (
                    <FindingForm
                      report={r()}
                      onSaved={() => {
                        setDrafted('Draft finding saved, above. Members can add notes, then agree it.');
                        reload();
                      }}
                    />
                  )}
                </Show>
                <Status text={drafted()} />
              </section>
            </Show>

            <Show
              when={v().next}
              fallback={<p class="note">There is no draft round after this one yet, so nothing can be put to a vote. The council starts rounds.</p>}
            >
              {(n) => <BallotSection view={v()} next={n()} canWrite={props.canWrite} onChanged={reload} />}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
