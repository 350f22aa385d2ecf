import { For } from 'solid-js';
import { tenths } from '../../../shared/i18n/you-said/sentences';

/**
 * A share as ten people, `x` of them coloured in: whole icons, as children read best. Drawn for
 * the eye only; the sentence beside them says it in words. Never drawn for a hidden figure.
 */
export function InTenIcons(props: { x: number; label?: string }) {
  return (
    <span class="icons" aria-hidden="true" data-in-ten={tenths(props.x)}>
      {props.label && <span class="icons-label">{props.label}</span>}
      <For each={Array.from({ length: 10 }, (_, i) => i < tenths(props.x))}>
        {(on) => (
          <svg class={on ? 'person on' : 'person'} viewBox="0 0 20 32">
            <circle cx="10" cy="6.5" r="5" />
            <path d="M2 30.5V20a8 8 0 0 1 16 0v10.5z" />
          </svg>
        )}
      </For>
    </span>
  );
}

/** The icons with their sentence: "6 in 10 of you …". */
export function InTen(props: { x: number; sentence: string }) {
  return (
    <div class="in-ten">
      <InTenIcons x={props.x} />
      <p>{props.sentence}</p>
    </div>
  );
}
