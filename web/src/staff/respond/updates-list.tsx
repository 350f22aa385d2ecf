import { For, Show } from 'solid-js';
import type { AnswerUpdate } from '../../../../shared/respond/schema';
import { formatDate } from '../labels';
import { today } from './words';

/** Dated updates, newest day first; one written ahead says when pupils will start to see it. */
export function UpdatesList(props: { updates: AnswerUpdate[] }) {
  const sorted = () => [...props.updates].sort((a, b) => b.showOn.localeCompare(a.showOn));
  return (
    <Show when={props.updates.length} fallback={<p class="small">No updates yet.</p>}>
      <ul class="updates">
        <For each={sorted()}>
          {(u) => (
            <li>
              <p class="meta">
                {u.showOn > today() ? <strong>Scheduled: pupils see it from {formatDate(u.showOn)}</strong> : <>Shown from {formatDate(u.showOn)}</>}
              </p>
              <p>{u.text}</p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
