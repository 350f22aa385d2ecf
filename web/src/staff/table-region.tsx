import type { JSX } from 'solid-js';

/**
 * The box round a wide table: it scrolls sideways on a phone, and as a named region that takes
 * focus, a keyboard can scroll it too. Named by the table's caption (`labelledBy`) or by `label`.
 */
export function TableRegion(props: { labelledBy?: string; label?: string; children: JSX.Element }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={props.labelledBy} aria-label={props.label} tabindex="0">
      {props.children}
    </div>
  );
}
