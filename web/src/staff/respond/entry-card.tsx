import { Show } from 'solid-js';
import type { SettingEntry } from './api';
import { AnswerSummary } from './answer-summary';
import { EvidenceLine } from './evidence-line';

/** One "You said, we did" entry in the setting's list, as pupils will read it, with a link to change or publish it. */
export function EntryCard(props: { entry: SettingEntry; href: string }) {
  const e = () => props.entry;
  return (
    <li class="card" data-entry={e().id}>
      <div class="card-head">
        <h3>You said: “{e().fields.youSaid}”</h3>
        <span class={`status status-${e().publishedOn ? 'published' : 'draft'}`}>{e().publishedOn ? 'Published' : 'Draft'}</span>
      </div>
      <Show when={e().fields.evidence}>{(ev) => <EvidenceLine evidence={ev()} />}</Show>
      <AnswerSummary answer={e()} />
      <div class="actions">
        <a class="btn secondary" href={props.href} aria-label={`Change, publish or add updates: “${e().fields.youSaid}”`}>
          Change, publish or add updates
        </a>
      </div>
    </li>
  );
}
