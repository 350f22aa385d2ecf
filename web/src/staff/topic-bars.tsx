import { Show } from 'solid-js';
import type { Topics, TopicsHiddenReason } from '../../../shared/report/schema';
import { percent } from './chart-scale';
import { TableRegion } from './table-region';

/** Why a report shows no topics or comments for the group in view. */
export function topicsHiddenText(hidden: { suppressed: boolean; reason?: TopicsHiddenReason }, threshold: number): string {
  return hidden.suppressed && hidden.reason === 'dimension'
    ? 'What pupils wrote is shown for the whole setting and by year group, never by gender, so that no one can narrow a comment down to a year group and a gender together.'
    : `What pupils wrote is shown only for groups of ${threshold} or more pupils, so that no one can be recognised by it. It is hidden here.`;
}

/**
 * Comment topics as a bar list that is also the table: each row names the topic and gives its
 * count in text, so the bar only adds the picture.
 */
export function TopicBars(props: { topics: Topics; threshold: number; id: string; caption: string }) {
  const shown = () => (props.topics.suppressed ? undefined : props.topics);
  const mentioned = () => (shown()?.topics ?? []).filter((t) => t.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const unmentioned = () => (shown()?.topics ?? []).filter((t) => t.count === 0).map((t) => t.label);
  const max = () => Math.max(1, ...mentioned().map((t) => t.count));
  return (
    <Show
      when={shown()}
      fallback={<p class="suppressed">{topicsHiddenText(props.topics, props.threshold)}</p>}
    >
      {(t) => (
        <>
          <Show when={mentioned().length} fallback={<p>No comments mentioned any of the topics.</p>}>
            <TableRegion labelledBy={`${props.id}-caption`}>
              <table class="data topic-bars">
                <caption id={`${props.id}-caption`}>{props.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <th scope="col">Comments</th>
                  </tr>
                </thead>
                <tbody>
                  {mentioned().map((topic) => (
                    <tr>
                      <th scope="row">{topic.label}</th>
                      <td class="topic-cell">
                        <div class="topic-bar">
                          <span class="topic-track" aria-hidden="true">
                            <span class="topic-fill" style={{ width: percent((100 * topic.count) / max()) }} />
                          </span>
                          <span class="topic-count">{topic.count}</span>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </Show>
          <p class="small">
            {t().n} pupils wrote a comment; one comment can mention several topics.
            <Show when={unmentioned().length}> Not mentioned: {unmentioned().join(', ')}.</Show>
          </p>
        </>
      )}
    </Show>
  );
}
