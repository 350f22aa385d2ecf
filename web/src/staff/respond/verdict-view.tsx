import { Show } from 'solid-js';
import type { Verdict } from '../../../../shared/respond/schema';
import { VERDICT_WORDS } from '../../../../shared/respond/words';
import { formatDate } from '../labels';

/** The youth council's verdict on an answer: prominent when it is "Not enough yet" or sent back. */
export function VerdictView(props: { verdict: Verdict; earlier: boolean }) {
  const v = () => props.verdict;
  const earlier = () => props.earlier;
  return (
    <div class="verdict" classList={{ 'verdict-not-yet': v().verdict === 'not-yet', 'verdict-sent-back': v().sentBack }} data-testid="verdict">
      <p class="verdict-head">
        <strong>Youth council’s verdict: {VERDICT_WORDS[v().verdict]}</strong> <span class="meta">({formatDate(v().on)})</span>
      </p>
      <Show when={v().sentBack}>
        <p class="sent-back">
          <strong>Sent back:</strong> the youth council asks the council to do better.
        </p>
      </Show>
      <blockquote>{v().comment}</blockquote>
      <Show when={earlier()}>
        <p class="small">This verdict is about an earlier version of the answer (published on {formatDate(v().aboutVersionOn)}).</p>
      </Show>
    </div>
  );
}
