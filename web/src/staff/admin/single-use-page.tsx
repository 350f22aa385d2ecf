import { createSignal, For, Show } from 'solid-js';
import { focusOnArrival, setTitle } from '../../router';
import { createLoad } from '../create-load';
import { formatDate } from '../labels';
import { authed } from '../session';
import { WavePicker } from '../wave-picker';
import { AdminLayout } from './admin-layout';
import { createChosenRound } from './chosen-round';
import { listOnceBatches, listSettings, makeOnceBatch, type MadeBatch } from './api';
import { CodeForm } from './code-form';
import { Refusal } from './refusal';
import { Slips } from './slips';
import { TableRegion } from '../table-region';

/** `/admin/single-use?wave=`: codes that work once each, shown once for printing; past batches by count and day. */
export default function SingleUsePage() {
  return (
    <AdminLayout>
      <SingleUse />
    </AdminLayout>
  );
}

function SingleUse() {
  setTitle('Single-use codes');
  const { waves, wave, round, takesCodes: open } = createChosenRound();
  const settings = createLoad(() => true, () => authed(listSettings));
  const [loads, setLoads] = createSignal(0);
  const batches = createLoad(() => wave() && `${wave()}#${loads()}`, () => authed((token) => listOnceBatches(token, wave()!)));
  const [made, setMade] = createSignal<{ batch: MadeBatch; settingName: string; round: string }>();
  const name = (id: string) => settings.data()?.settings.find((s) => s.id === id)?.name ?? id;

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Single-use codes
      </h1>
      <p>
        Each code works once, like a ballot paper: hand one to each pupil, so nobody can answer twice. Heard keeps only a scrambled
        form of each code, so the codes can be shown only once, straight after you make them.
      </p>
      <Show when={made()}>{(m) => <Slips batch={m().batch} settingName={m().settingName} round={m().round} onDone={() => setMade(undefined)} />}</Show>
      <WavePicker waves={waves.data()?.waves ?? []} value={wave()} />
      <Show when={waves.error() ?? settings.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={round()}>
        {(r) => (
          <Show when={open()} fallback={<p class="note">“{r().title}” is {r().status}, so no new codes can be made for it.</p>}>
            <section class="panel" aria-labelledby="make-title">
              <h2 id="make-title">Make single-use codes</h2>
              <CodeForm
                settings={settings.data()?.settings ?? []}
                submitLabel="Make codes"
                withCount
                send={(token, body) => makeOnceBatch(token, r().id, { ...body, count: body.count ?? 0 })}
                onMade={(batch, settingName) => {
                  setMade({ batch, settingName, round: r().title });
                  setLoads((n) => n + 1);
                }}
              />
            </section>
          </Show>
        )}
      </Show>
      <Show when={batches.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={batches.data()}>
        {(b) => (
          <section aria-labelledby="batches-title">
            <h2 id="batches-title">Codes made for {round()?.title ?? 'this round'}</h2>
            <Show when={b().batches.length} fallback={<p>None yet.</p>}>
              <TableRegion labelledBy="batches-caption">
                <table class="data admin-table">
                  <caption id="batches-caption">Batches of single-use codes (the codes themselves are never shown again)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Setting</th>
                      <th scope="col">Year group</th>
                      <th scope="col">Codes</th>
                      <th scope="col">Made on</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={[...b().batches].sort((x, y) => y.createdOn.localeCompare(x.createdOn))}>
                      {(batch) => (
                        <tr>
                          <th scope="row">{name(batch.settingId)}</th>
                          <td>{batch.yearGroup ? `Year ${batch.yearGroup}` : 'Any'}</td>
                          <td class="num">{batch.count}</td>
                          <td>{formatDate(batch.createdOn)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </TableRegion>
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
