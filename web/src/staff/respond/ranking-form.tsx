import { createSignal, For, Show } from 'solid-js';
import { createForm, Status } from '../admin/form';
import { Refusal } from '../admin/refusal';
import { authed } from '../session';
import { putRanking } from './api';

/**
 * A member's own order of the ballot, first = most important, with Move up and Move down buttons
 * (no dragging needed). Focus stays on the finding that moved, and where it went is read out.
 */
export function RankingForm(props: { waveId: string; order: string[]; textOf: (id: string) => string; onSaved: () => void }) {
  const form = createForm(() => undefined);
  const [order, setOrder] = createSignal([...props.order]);
  const [moved, setMoved] = createSignal('');
  const [done, setDone] = createSignal<string>();
  let list!: HTMLOListElement;

  const move = (id: string, by: -1 | 1) => {
    const o = [...order()];
    const from = o.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= o.length) return;
    [o[from], o[to]] = [o[to]!, o[from]!];
    setOrder(o);
    setDone(undefined);
    setMoved(`“${props.textOf(id)}” is now ${to + 1} of ${o.length}.`);
    // The same button on the moved finding, or its other one once it reaches the top or the bottom.
    requestAnimationFrame(() => {
      const item = list.querySelector(`[data-rank="${id}"]`);
      const same = item?.querySelector<HTMLButtonElement>(`[data-move="${by}"]:not([disabled])`);
      (same ?? item?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
    });
  };

  const save = async () => {
    const saved = await form.submit(() => authed((token) => putRanking(token, props.waveId, order())).then(() => true));
    if (!saved) return;
    setDone('Your order is saved.');
    props.onSaved();
  };

  return (
    <div class="ranking">
      <ol class="rank-list" ref={list}>
        <For each={order()}>
          {(id, i) => (
            <li data-rank={id}>
              <span class="rank-text">{props.textOf(id)}</span>
              <span class="rank-buttons">
                <button type="button" class="btn secondary" data-move="-1" disabled={i() === 0} onClick={() => move(id, -1)}>
                  Move up<span class="vh"> “{props.textOf(id)}”</span>
                </button>
                <button type="button" class="btn secondary" data-move="1" disabled={i() === order().length - 1} onClick={() => move(id, 1)}>
                  Move down<span class="vh"> “{props.textOf(id)}”</span>
                </button>
              </span>
            </li>
          )}
        </For>
      </ol>
      <p class="vh" aria-live="polite">
        {moved()}
      </p>
      <Show when={form.problem()}>{(p) => <Refusal error={p()} />}</Show>
      <div class="actions">
        <button type="button" class="btn primary" aria-disabled={form.busy()} onClick={save}>
          Save my order
        </button>
      </div>
      <Status text={done()} />
    </div>
  );
}
