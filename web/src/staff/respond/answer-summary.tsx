import { For, Show } from 'solid-js';
import type { AnswerContent, AnswerUpdate, Revision } from '../../../../shared/respond/schema';
import { STATUS_WORDS } from '../../../../shared/respond/words';
import { formatDate } from '../labels';
import { UpdatesList } from './updates-list';
import { publishedWords } from './words';

export type Answered = {
  fields: AnswerContent;
  published?: AnswerContent | undefined;
  updates: AnswerUpdate[];
  firstPublishedOn?: string | undefined;
  publishedOn?: string | undefined;
  unpublishedChanges: boolean;
  revisions: Revision[];
};

/**
 * An answer as pupils will read it: where it stands, We will / We did, who, by when, updates and
 * what it said before. `pupils` shows the published version (what pupils see); otherwise the
 * writer's working copy.
 */
export function AnswerSummary(props: { answer: Answered; pupils?: boolean }) {
  const f = () => (props.pupils && props.answer.published) || props.answer.fields;
  return (
    <div class="answer-summary">
      <p class="answer-status">
        <span class={`status status-${f().status}`}>{STATUS_WORDS[f().status]}</span>{' '}
        <span class="progress-words">{f().progress}% of the way</span>
      </p>
      <div class="progress-track" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, f().progress))}%` }} />
      </div>
      <dl class="answer-list">
        <dt>We will</dt>
        <dd>{f().weWill}</dd>
        <Show when={f().weDid}>
          <dt>We did</dt>
          <dd>{f().weDid}</dd>
        </Show>
        <Show when={f().reason}>
          <dt>Why we can’t do this</dt>
          <dd>{f().reason}</dd>
        </Show>
        <dt>Who is responsible</dt>
        <dd>{f().responsible}</dd>
        <dt>Due by</dt>
        <dd>{formatDate(f().dueOn)}</dd>
      </dl>
      <p class="meta">{publishedWords(props.answer)}</p>
      <Show when={props.answer.updates.length}>
        <p class="small-head">Updates</p>
        <UpdatesList updates={props.answer.updates} />
      </Show>
      <Show when={props.answer.revisions.length}>
        <details class="table-details">
          <summary>What it said before</summary>
          <ul class="updates">
            <For each={[...props.answer.revisions].reverse()}>
              {(r) => (
                <li>
                  <p class="meta">Until {formatDate(r.on)}: {STATUS_WORDS[r.fields.status]}, {r.fields.progress}%</p>
                  <p>We will: {r.fields.weWill}</p>
                  <Show when={r.fields.weDid}>
                    <p>We did: {r.fields.weDid}</p>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </div>
  );
}
