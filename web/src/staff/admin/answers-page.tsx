import { createMemo, createSignal, For, Show } from 'solid-js';
import { focusOnArrival, setTitle, url } from '../../router';
import { createLoad } from '../create-load';
import { authed } from '../session';
import { listAdminAnswers } from '../respond/api';
import { EvidenceLine } from '../respond/evidence-line';
import { VerdictView } from '../respond/verdict-view';
import { publishedWords } from '../respond/words';
import { AdminLayout } from './admin-layout';
import { AnswerPanel } from './answer-panel';
import { Refusal } from './refusal';
import { verdictIsAboutEarlier } from '../../../../shared/respond/schema';

/** `/admin/answers[?finding=id]`: the council's answers to the youth council's agreed findings ("You said, we did"). */
export default function AnswersPage() {
  return (
    <AdminLayout>
      <Answers />
    </AdminLayout>
  );
}

function Answers() {
  setTitle('Answers to findings');
  const [loads, setLoads] = createSignal(1);
  const answers = createLoad(loads, () => authed(listAdminAnswers));
  const reload = () => setLoads((n) => n + 1);
  const chosenId = () => url().searchParams.get('finding');
  const chosen = createMemo(() => answers.data()?.items.find((i) => i.finding.id === chosenId()));
  const sentBack = () => answers.data()?.items.filter((i) => i.answer?.verdict?.sentBack) ?? [];

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Answers to findings
      </h1>
      <p>
        The youth council’s agreed findings about the city. Answer each one for pupils: what you will do, who is responsible, by when, and how it is going.
        Pupils see an answer once it is published; the youth council then says whether it is good enough.
      </p>
      <Show when={answers.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={sentBack().length}>
        <div class="warning sent-back-summary" data-testid="sent-back-summary">
          <h2>Sent back by the youth council</h2>
          <ul>
            <For each={sentBack()}>
              {(i) => (
                <li>
                  <a href={`/admin/answers?finding=${encodeURIComponent(i.finding.id)}`}>{i.finding.text}</a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={chosen()?.finding.id} keyed>
        {(_id) => <AnswerPanel item={chosen()!} onChanged={reload} />}
      </Show>
      <Show when={answers.loading() && !answers.data()}>
        <p role="status" class="loading">
          Loading the findings…
        </p>
      </Show>
      <Show when={answers.data()}>
        {(data) => (
          <>
            <h2 id="to-answer-title">Agreed findings</h2>
            <Show when={data().items.length} fallback={<p>The youth council has not agreed any findings yet.</p>}>
              <ul class="cards" aria-labelledby="to-answer-title">
                <For each={data().items}>
                  {(i) => (
                    <li class="card" data-finding={i.finding.id}>
                      <h3>{i.finding.text}</h3>
                      <p class="meta">From {i.round.title}</p>
                      <EvidenceLine evidence={i.finding.evidence} />
                      <p data-testid="answer-state">{i.answer ? publishedWords(i.answer) : 'Not answered yet.'}</p>
                      <Show when={i.answer?.verdict}>{(v) => <VerdictView verdict={v()} earlier={verdictIsAboutEarlier(i.answer!)} />}</Show>
                      <div class="actions">
                        <a class="btn secondary" href={`/admin/answers?finding=${encodeURIComponent(i.finding.id)}`} aria-label={`${i.answer ? 'Change the answer to' : 'Answer'} “${i.finding.text}”`}>
                          {i.answer ? 'Change the answer' : 'Answer'}
                        </a>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
