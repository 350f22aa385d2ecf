import { For } from 'solid-js';
import type { RoundsView } from './api';
import { roundState } from '../wave-picker';

/** The rounds findings can come from (closed or published), newest first; the chosen one is marked. */
export function RoundList(props: { rounds: RoundsView['rounds']; chosen: string | undefined }) {
  return (
    <nav aria-labelledby="rounds-title" class="round-list">
      <h2 id="rounds-title">Rounds with results</h2>
      <ul class="link-list">
        <For each={props.rounds}>
          {(r) => (
            <li>
              <a href={`/respond?wave=${encodeURIComponent(r.id)}`} aria-current={r.id === props.chosen ? 'page' : undefined}>
                {r.title}
              </a>
              <span class="meta line">
                {roundState(r)}: {r.findings} {r.findings === 1 ? 'finding' : 'findings'}, {r.agreed} agreed
              </span>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
