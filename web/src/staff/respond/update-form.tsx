import { createSignal, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import type { NewUpdate } from './api';
import { createForm, ErrorSummary, FormActions, Status, TextField } from '../admin/form';
import { TextAreaField } from './text-area-field';
import { today } from './words';

const LABELS = { 'update-text': 'Update', 'update-show-on': 'Show it from' };
const FIELDS: Record<string, string> = { text: 'update-text', showOn: 'update-show-on' };

/** Adds a dated update to an answer; a later day schedules it, so it can be written now and appear then. */
export function UpdateForm(props: { send: (update: NewUpdate) => Promise<unknown>; onAdded: () => void }) {
  const form = createForm((f) => FIELDS[f], { 'text.identifying': 'update-text' });
  const [text, setText] = createSignal('');
  const [showOn, setShowOn] = createSignal(today());
  const [done, setDone] = createSignal<string>();

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone(undefined);
    const missing: Record<string, string> = {};
    if (!text().trim()) missing['update-text'] = 'Write the update.';
    else if (text().trim().length > LIMITS.update) missing['update-text'] = `The update must be ${LIMITS.update} characters or fewer.`;
    if (!showOn()) missing['update-show-on'] = 'Enter the day pupils should first see it.';
    if (Object.keys(missing).length) return form.refuse(missing);
    const added = await form.submit(() => props.send({ text: text().trim(), showOn: showOn() }));
    if (!added) return;
    setDone(showOn() > today() ? 'Update added. Pupils will see it from the day you chose.' : 'Update added.');
    setText('');
    props.onAdded();
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
      <TextAreaField id="update-text" label="Update" hint="What has happened since. Pupils see it with its date." error={form.error('update-text')} value={text()} onInput={setText} limit={LIMITS.update} forPupils />
      <TextField
        id="update-show-on"
        label="Show it from"
        type="date"
        hint="Today, or a later day to have it appear then."
        error={form.error('update-show-on')}
        value={showOn()}
        onInput={(e) => setShowOn(e.currentTarget.value)}
        class="short-date"
      />
      <FormActions submit="Add update" busy={form.busy()} />
      <Status text={done()} />
    </form>
  );
}
