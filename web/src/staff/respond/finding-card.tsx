import { createSignal, For, Show } from 'solid-js';
import type { CityReport } from '../../../../shared/report/schema';
import { ENGLISH_NAMES } from '../../../../shared/i18n/languages';
import type { FindingWithAnswer } from '../../../../shared/respond/api';
import { formatDate } from '../labels';
import { AnswerSummary } from './answer-summary';
import { ChangeLine } from './change-line';
import { EvidenceLine } from './evidence-line';
import { FindingActions } from './finding-actions';
import { FindingForm } from './finding-form';
import { NoteForm } from './note-form';
import { VerdictForm } from './verdict-form';
import { VerdictView } from './verdict-view';
import { verdictIsAboutEarlier } from '../../../../shared/respond/schema';

/**
 * One finding in the youth council's workspace: its words and figure, the members' notes, agree
 * or withdraw while a draft, and once the council has answered, its answer and the verdict.
 * `canWrite` is the youth council; the council reads the same card.
 */
export function FindingCard(props: {
  finding: FindingWithAnswer;
  canWrite: boolean;
  nextRoundTitle?: string | undefined;
  /** The round's city report, to change a draft's figure (the youth council only). */
  report?: CityReport | undefined;
  onChanged: () => void;
  onWithdrawn: () => void;
}) {
  const f = () => props.finding;
  const published = () => (f().answer?.published ? f().answer : undefined);
  const [editing, setEditing] = createSignal(false);
  let changeButton: HTMLButtonElement | undefined;
  const stopEditing = () => {
    setEditing(false);
    queueMicrotask(() => changeButton?.focus());
  };
  const languages = () => (Object.keys(f().translations ?? {}) as (keyof typeof ENGLISH_NAMES)[]).map((l) => ENGLISH_NAMES[l]);
  return (
    <li class="card finding" data-finding={f().id}>
      <div class="card-head">
        <h3>{f().text}</h3>
        <span class={`status status-${f().status === 'agreed' ? 'published' : 'draft'}`}>{f().status === 'agreed' ? 'Agreed' : 'Draft'}</span>
      </div>
      <EvidenceLine evidence={f().evidence} />
      <Show when={languages().length}>
        <p class="small">Translated into {languages().join(', ')} (drafts until checked).</p>
      </Show>
      <p class="meta">
        Drafted {formatDate(f().createdOn)}
        {f().agreedOn ? `, agreed ${formatDate(f().agreedOn!)}` : ''}
      </p>
      <Show when={f().change}>{(c) => <ChangeLine change={c()} roundTitle={props.nextRoundTitle} />}</Show>

      <h4>Notes</h4>
      <Show when={f().notes.length} fallback={<p class="small">No notes yet.</p>}>
        <ul class="notes">
          <For each={f().notes}>
            {(n) => (
              <li>
                <p class="meta">
                  {n.by}, {formatDate(n.at.slice(0, 10))}
                </p>
                <p>{n.text}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.canWrite && f().status === 'draft'}>
        <Show
          when={editing() && props.report}
          fallback={
            <Show when={props.report}>
              <button type="button" class="btn secondary" ref={changeButton} onClick={() => setEditing(true)}>
                Change<span class="vh"> “{f().text}”</span>
              </button>
            </Show>
          }
        >
          {(r) => (
            <section class="edit-finding" aria-label={`Change “${f().text}”`}>
              <FindingForm
                report={r()}
                finding={f()}
                onSaved={() => {
                  stopEditing();
                  props.onChanged();
                }}
                onCancel={stopEditing}
              />
            </section>
          )}
        </Show>
        <NoteForm finding={f()} onAdded={props.onChanged} />
        <FindingActions finding={f()} onAgreed={props.onChanged} onWithdrawn={props.onWithdrawn} />
      </Show>

      <Show when={f().status === 'agreed'}>
        <h4>The council’s answer</h4>
        <Show when={published()} fallback={<p class="small">The council has not published an answer yet.</p>}>
          {(a) => (
            <>
              <AnswerSummary answer={a()} pupils />
              <Show when={a().verdict}>{(v) => <VerdictView verdict={v()} earlier={verdictIsAboutEarlier(a())} />}</Show>
              <Show when={props.canWrite}>
                <h4>Your verdict</h4>
                <VerdictForm findingId={f().id} answer={a()} onSaved={props.onChanged} />
              </Show>
            </>
          )}
        </Show>
      </Show>
    </li>
  );
}
