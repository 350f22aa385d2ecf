import { createSignal, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import { createForm, ErrorSummary, FormActions } from '../admin/form';
import { authed } from '../session';
import { addNote, type Finding } from './api';
import { TextAreaField } from './text-area-field';

/** A member's short note on a finding while the youth council discusses it; pupils never see notes. */
export function NoteForm(props: { finding: Finding; onAdded: (finding: Finding) => void }) {
  const id = `note-${props.finding.id}`;
  const form = createForm((f) => (f === 'text' ? id : undefined), { 'text.identifying': id });
  const [text, setText] = createSignal('');
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const t = text().trim();
    if (!t) return form.refuse({ [id]: 'Write your note.' });
    if (t.length > LIMITS.note) return form.refuse({ [id]: `A note must be ${LIMITS.note} characters or fewer.` });
    const added = await form.submit(() => authed((token) => addNote(token, props.finding.id, t)));
    if (!added) return;
    setText('');
    props.onAdded(added.finding);
  };
  return (
    <form class="stack note-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={{ [id]: 'Note' }} />}</Show>
      <TextAreaField id={id} label="Add a note" hint="For the youth council only." error={form.error(id)} value={text()} onInput={setText} limit={LIMITS.note} rows={2} />
      <FormActions submit="Add note" busy={form.busy()} />
    </form>
  );
}
