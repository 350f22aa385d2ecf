import { For, Show } from 'solid-js';
import type { FindingsView } from '../../../../shared/respond/api';
import { BallotForm } from './ballot-form';
import { RankingForm } from './ranking-form';
import { VoteResultView } from './vote-result';

type Next = NonNullable<FindingsView['next']>;

/**
 * The pupils' vote on priorities in the round after this one: the ballot (set while that round
 * is a draft), the result once counted, and the youth council's own ranking of it.
 */
export function BallotSection(props: { view: FindingsView; next: Next; canWrite: boolean; onChanged: () => void }) {
  const n = () => props.next;
  const textOf = (id: string) => props.view.findings.find((f) => f.id === id)?.text ?? `A finding from another round (${id})`;
  const agreed = () => props.view.findings.filter((f) => f.status === 'agreed').map((f) => ({ id: f.id, text: f.text }));
  // Findings on the ballot from another round stay offered, so saving this form does not drop them.
  const options = () => [...agreed(), ...n().ballot.filter((id) => !agreed().some((a) => a.id === id)).map((id) => ({ id, text: textOf(id) }))];
  const isDraft = () => n().round.status === 'draft';

  return (
    <section aria-labelledby="vote-title" class="ballot">
      <h2 id="vote-title">Pupils’ vote in {n().round.title}</h2>
      <p>Pupils answering {n().round.title} are asked “Which of these should we work on first?”. Answering is optional.</p>

      <h3>The ballot</h3>
      <Show when={n().ballot.length} fallback={<p>Nothing is on the ballot yet.</p>}>
        <ul class="link-list" data-testid="ballot">
          <For each={n().ballot}>{(id) => <li>{textOf(id)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.canWrite}>
        <Show
          when={isDraft()}
          fallback={<p class="small">{n().round.title} has opened, so its ballot can no longer change.</p>}
        >
          <Show when={options().length} fallback={<p class="small">Agree a finding first: only agreed findings can be put to the vote.</p>}>
            <BallotForm waveId={n().round.id} roundTitle={n().round.title} options={options()} ballot={n().ballot} onSaved={props.onChanged} />
          </Show>
        </Show>
      </Show>

      <h3>What pupils chose</h3>
      <Show when={n().vote} fallback={<p>The vote is counted once {n().round.title} has results.</p>}>
        {(v) => <VoteResultView vote={v()} textOf={textOf} />}
      </Show>

      <Show when={n().ballot.length}>
        <h3>The youth council’s ranking</h3>
        <Show
          when={n().rankings.members}
          fallback={<p>No member has ranked the ballot yet.</p>}
        >
          <p>
            Combined from {n().rankings.members} {n().rankings.members === 1 ? 'member’s ranking' : 'members’ rankings'}: the higher a finding is
            placed, the more points it gets (first of {n().ballot.length} gets {n().ballot.length}).
          </p>
          <ol data-testid="combined-ranking">
            <For each={n().rankings.combined}>
              {(c) => (
                <li>
                  <strong>
                    {c.points} {c.points === 1 ? 'point' : 'points'}:
                  </strong>{' '}
                  {textOf(c.findingId)}
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={props.canWrite}>
          <h4>Your ranking</h4>
          <p class="hint">Put the most important first. Your order is added to the other members’.</p>
          <Show when={n().ballot.join()} keyed>
            {(_key) => <RankingForm waveId={n().round.id} order={n().rankings.mine?.length ? n().rankings.mine! : n().ballot} textOf={textOf} onSaved={props.onChanged} />}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
