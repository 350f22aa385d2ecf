import { Show } from 'solid-js';
import type { BallotLabels, Group } from '../../../shared/report/schema';
import { PRIORITY_QUESTION } from '../../../shared/respond/ballot';
import { percent } from './chart-scale';
import { TableRegion } from './table-region';

/**
 * The pupils' vote on the youth council's findings ("Which should we work on first?"), as a
 * labelled bar list that is also the table. A hidden answer says so and shows no number.
 */
export function VoteBars(props: { group: Group; ballot: BallotLabels; threshold: number; id: string; who: string }) {
  const q = () => (props.group.suppressed ? undefined : props.group.questions?.find((x) => x.id === PRIORITY_QUESTION));
  const shown = () => {
    const r = q();
    return r && !r.suppressed ? r : undefined;
  };
  const label = (id: string) => props.ballot.find((b) => b.findingId === id)?.text ?? id;
  return (
    <Show when={shown()} fallback={<p class="suppressed">Fewer than {props.threshold} pupils answered the vote, so its results are not shown.</p>}>
      {(r) => (
        <TableRegion labelledBy={`${props.id}-caption`}>
          <table class="data topic-bars">
            <caption id={`${props.id}-caption`}>What {props.who} chose to work on first ({r().n} pupils asked; skipping was allowed)</caption>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Pupils</th>
              </tr>
            </thead>
            <tbody>
              {r().distribution.map((d) => (
                <tr>
                  <th scope="row">{label(String(d.option))}</th>
                  <td class="topic-cell">
                    {d.suppressed ? (
                      <span class="hidden-figure">Fewer than {props.threshold}</span>
                    ) : (
                      <div class="topic-bar">
                        <span class="topic-track" aria-hidden="true">
                          <span class="topic-fill" style={{ width: percent(d.percent) }} />
                        </span>
                        <span class="topic-count">
                          {d.count} ({d.percent}%)
                        </span>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Show>
  );
}
