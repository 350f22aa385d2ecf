import { Show } from 'solid-js';
import type { Change } from '../../../../shared/respond/evidence';

const pct = (x: number) => `${Math.round(x)}%`;

/** The figure measured again in the next round, with the reports' caution about small changes. */
export function ChangeLine(props: { change: Change; roundTitle?: string | undefined }) {
  const c = () => props.change;
  return (
    <div class="change-line" data-testid="change">
      <p>
        <strong>Measured again in {props.roundTitle ?? 'the next round'}: </strong>
        <Show when={c().now} fallback={<>not shown in the next round's report (fewer than 10 pupils, or hidden to protect a smaller group).</>}>
          {(now) => (
            <>
              then {pct(c().then.favourable)}, now {pct(now().favourable)} of {now().n} pupils.{' '}
              {c().direction === 'up' ? 'Clearly up.' : c().direction === 'down' ? 'Clearly down.' : 'About the same: a change this small could be chance.'}
              <Show when={c().provisional}> That round is still open, so its figure may still move.</Show>
            </>
          )}
        </Show>
      </p>
    </div>
  );
}
