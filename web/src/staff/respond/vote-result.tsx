import { For, Show } from 'solid-js';
import type { VoteResult } from '../../../../shared/respond/api';
import { TableRegion } from '../table-region';

/** The pupils' vote, suppressed like any figure: fewer than 10 answered, and nothing is shown. */
export function VoteResultView(props: { vote: VoteResult; textOf: (id: string) => string; threshold?: number }) {
  const k = () => props.threshold ?? 10;
  return (
    <Show
      when={!props.vote.suppressed}
      fallback={
        <p class="suppressed" data-testid="vote-result">
          Fewer than {k()} pupils answered, so the result is not shown to protect their privacy.
        </p>
      }
    >
      <TableRegion labelledBy="vote-caption">
        <table class="data compact" data-testid="vote-result">
          <caption id="vote-caption">What pupils chose to work on first{props.vote.n !== undefined ? ` (${props.vote.n} pupils answered)` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Pupils</th>
            </tr>
          </thead>
          <tbody>
            <For each={[...props.vote.options].sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1))}>
              {(o) => (
                <tr>
                  <th scope="row" class="text">
                    {props.textOf(o.findingId)}
                  </th>
                  <td class="num">
                    <Show when={o.percent !== undefined} fallback={<span class="hidden-figure">Hidden to protect a smaller group</span>}>
                      {Math.round(o.percent!)}%{o.count !== undefined ? ` (${o.count})` : ''}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  );
}
