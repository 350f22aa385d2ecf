import { createSignal, Show } from 'solid-js';
import type { AnswerFields, CityAnswer, Warnings } from './api';
import { createForm, ErrorSummary, FormActions, Status } from '../admin/form';
import { AnswerFieldsView } from './answer-fields';
import { ANSWER_LABELS, answerField, createAnswerState } from './answer-state';
import { ServerWarnings } from './server-warnings';

/** The council's answer to one finding: saved as a draft (with reading-ease warnings back), published separately. */
export function AnswerForm(props: {
  initial: AnswerFields | undefined;
  save: (fields: AnswerFields) => Promise<{ answer: CityAnswer; warnings?: Warnings }>;
  onSaved: (answer: CityAnswer) => void;
}) {
  const state = createAnswerState(props.initial);
  // A refusal of identifying text names no field when the API sends none: it is most often in "We will".
  const form = createForm(answerField, { 'text.identifying': 'answer-we-will' });
  const [warnings, setWarnings] = createSignal<Warnings>();
  const [done, setDone] = createSignal<string>();

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setWarnings(undefined);
    setDone(undefined);
    const missing = state.check();
    if (Object.keys(missing).length) return form.refuse(missing);
    const saved = await form.submit(() => props.save(state.fields()));
    if (!saved) return;
    setWarnings(saved.warnings);
    setDone(saved.answer.unpublishedChanges ? 'Saved. Pupils see it once you publish it, below.' : 'Saved.');
    props.onSaved(saved.answer);
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={ANSWER_LABELS} />}</Show>
      <AnswerFieldsView state={state} error={form.error} />
      <FormActions submit="Save answer" busy={form.busy()} />
      <Status text={done()} />
      <ServerWarnings warnings={warnings()} labels={ANSWER_LABELS} field={answerField} />
    </form>
  );
}
