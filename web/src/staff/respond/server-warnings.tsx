import { For, Show } from 'solid-js';
import type { Warnings } from '../../../../shared/respond/api';
import { hardWords } from './words';

/**
 * The reading-ease warnings the API sent back with a save: saved all the same (warnings never
 * block), but worth another look before publishing.
 */
export function ServerWarnings(props: { warnings: Warnings | undefined; labels: Record<string, string>; field: (apiField: string) => string | undefined }) {
  const label = (f: string) => props.labels[props.field(f) ?? ''] ?? f;
  return (
    <Show when={props.warnings?.length}>
      <div class="reading-warnings saved-warnings" data-testid="server-warnings">
        <h3>Saved, but some sentences may be hard to read</h3>
        <p>Pupils from 8 years old read this. You can publish it as it is, or change it first.</p>
        <For each={props.warnings}>
          {(w) => (
            <>
              <p class="warning-field">{label(w.field)}</p>
              <ul>
                <For each={w.hard}>{(h) => <li>{hardWords(h)}</li>}</For>
              </ul>
            </>
          )}
        </For>
      </div>
    </Show>
  );
}
