import { For } from 'solid-js';
import type { BoardVote } from '../../../shared/respond/board';
import { InTen } from './in-ten';
import { English, Filled, Text } from './text';
import { w } from './words';

/** The pupils' vote on what to work on first: shares as "X in 10", or none at all when fewer than 10 voted. */
export function VoteSection(props: { vote: BoardVote }) {
  const options = () =>
    props.vote.suppressed ? props.vote.options : [...props.vote.options].sort((a, b) => (b.share?.favourable ?? -1) - (a.share?.favourable ?? -1));
  return (
    <section class="vote" aria-labelledby="vote-h">
      <h2 id="vote-h">{w('vote.heading')}</h2>
      <p>
        <Filled key="vote.intro" parts={{ round: () => <English text={props.vote.round.title} /> }} />
      </p>
      {props.vote.suppressed && <p class="notice">{w('vote.hidden')}</p>}
      <ul class="vote-list">
        <For each={options()}>
          {(o) => (
            <li>
              <p class="vote-option">
                <Text l={o.text} />
              </p>
              {o.share && <InTen x={o.share.inTen} sentence={w('vote.share', { x: o.share.inTen })} />}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
