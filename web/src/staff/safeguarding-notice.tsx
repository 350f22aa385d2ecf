import { Show } from 'solid-js';
import type { Topics } from '../../../shared/report/schema';

/**
 * For the setting's safeguarding lead: how many comments matched the safeguarding word list.
 * Only a count, only for a group the report shows, and only when there is at least one.
 */
export function SafeguardingNotice(props: { topics: Topics }) {
  const flagged = () => (props.topics.suppressed ? 0 : props.topics.flagged);
  return (
    <Show when={flagged() > 0}>
      <section class="caution" aria-labelledby="safeguarding-title" data-testid="safeguarding-notice">
        <h2 id="safeguarding-title">For the safeguarding lead</h2>
        <p>
          {flagged()} {flagged() === 1 ? 'comment' : 'comments'} mentioned something worrying (such as self-harm or abuse). Follow your
          safeguarding procedures; the comments are anonymous.
        </p>
      </section>
    </Show>
  );
}
