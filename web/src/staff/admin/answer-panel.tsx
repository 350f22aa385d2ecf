import { Show } from 'solid-js';
import type { AdminAnswersView } from '../../../../shared/respond/api';
import { authed } from '../session';
import { addAnswerUpdate, publishAnswer, saveAnswer } from '../respond/api';
import { AnswerForm } from '../respond/answer-form';
import { AnswerSummary } from '../respond/answer-summary';
import { EvidenceLine } from '../respond/evidence-line';
import { PublishBar } from '../respond/publish-bar';
import { UpdateForm } from '../respond/update-form';
import { UpdatesList } from '../respond/updates-list';
import { VerdictView } from '../respond/verdict-view';
import { EditPanel } from './form';
import { verdictIsAboutEarlier } from '../../../../shared/respond/schema';

type Item = AdminAnswersView['items'][number];

/** The council's answer to one agreed finding: write and save it, publish it, and add dated updates. */
export function AnswerPanel(props: { item: Item; onChanged: () => void }) {
  const f = () => props.item.finding;
  const a = () => props.item.answer;
  return (
    <EditPanel title={`Answer: “${f().text}”`}>
      <EvidenceLine evidence={f().evidence} />
      <p class="meta">A finding of the youth council from {props.item.round.title}.</p>
      <Show when={a()?.verdict}>{(v) => <VerdictView verdict={v()} earlier={verdictIsAboutEarlier(a()!)} />}</Show>
      <Show when={a()?.published && a()?.unpublishedChanges ? a() : undefined}>
        {(answer) => (
          <details class="table-details">
            <summary>What pupils see now</summary>
            <AnswerSummary answer={answer()} pupils />
          </details>
        )}
      </Show>
      <AnswerForm
        initial={props.item.answer?.fields}
        save={(fields) => authed((token) => saveAnswer(token, f().id, fields))}
        onSaved={props.onChanged}
      />
      <h3>Publish</h3>
      <PublishBar
        answer={a()}
        publish={() => authed((token) => publishAnswer(token, f().id)).then((r) => r.answer)}
        onPublished={props.onChanged}
        where="the city’s “You said, we did” page"
      />
      <h3>Updates</h3>
      <Show when={a()} fallback={<p class="small">Save the answer before adding updates.</p>}>
        {(answer) => (
          <>
            <UpdatesList updates={answer().updates} />
            <UpdateForm send={(u) => authed((token) => addAnswerUpdate(token, f().id, u))} onAdded={props.onChanged} />
          </>
        )}
      </Show>
      <p>
        <a href="/admin/answers">Back to all findings</a>
      </p>
    </EditPanel>
  );
}
