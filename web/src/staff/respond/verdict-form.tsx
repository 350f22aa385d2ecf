import { createSignal, For, Show } from 'solid-js';
import { LIMITS, type CityAnswer } from '../../../../shared/respond/schema';
import { VERDICT_WORDS } from '../../../../shared/respond/words';
import { createForm, ErrorSummary, FormActions, Status } from '../admin/form';
import { authed } from '../session';
import { putVerdict } from './api';
import { TextAreaField } from './text-area-field';

type Value = keyof typeof VERDICT_WORDS;
const VALUES = Object.keys(VERDICT_WORDS) as Value[];

/** The youth council's verdict on a published council answer: Good enough or Not enough yet, a public comment, and send it back. */
export function VerdictForm(props: { findingId: string; answer: CityAnswer; onSaved: () => void }) {
  const p = `verdict-${props.findingId}`;
  const ids = { verdict: `${p}-value`, comment: `${p}-comment` };
  const labels = { [ids.verdict]: 'Verdict', [ids.comment]: 'Comment' };
  const form = createForm((f) => (f === 'verdict' ? ids.verdict : f === 'comment' ? ids.comment : undefined), { 'text.identifying': ids.comment });
  const [value, setValue] = createSignal<Value | ''>(props.answer.verdict?.verdict ?? '');
  const [comment, setComment] = createSignal(props.answer.verdict?.comment ?? '');
  const [sendBack, setSendBack] = createSignal(false);
  const [done, setDone] = createSignal<string>();

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone(undefined);
    const missing: Record<string, string> = {};
    if (!value()) missing[ids.verdict] = 'Choose Good enough or Not enough yet.';
    if (!comment().trim()) missing[ids.comment] = 'Write a short comment: pupils will read it.';
    else if (comment().trim().length > LIMITS.verdictComment) missing[ids.comment] = `The comment must be ${LIMITS.verdictComment} characters or fewer.`;
    if (Object.keys(missing).length) return form.refuse(missing);
    const saved = await form.submit(() => authed((token) => putVerdict(token, props.findingId, { verdict: value() as Value, comment: comment().trim(), sendBack: sendBack() })));
    if (!saved) return;
    setDone(sendBack() ? 'Verdict saved and sent back to the council.' : 'Verdict saved.');
    setSendBack(false);
    props.onSaved();
  };

  return (
    <form class="stack admin-form verdict-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(pr) => <ErrorSummary problem={pr()} errors={form.errors()} labels={labels} />}</Show>
      <fieldset class="choices field" classList={{ 'field-error': Boolean(form.error(ids.verdict)) }} aria-describedby={form.error(ids.verdict) ? `${ids.verdict}-error` : undefined}>
        <legend class="label">Is the council’s answer good enough?</legend>
        <Show when={form.error(ids.verdict)}>
          <p class="error-text" id={`${ids.verdict}-error`}>
            <span class="vh">Error: </span>
            {form.error(ids.verdict)}
          </p>
        </Show>
        <For each={VALUES}>
          {(v, i) => (
            <label class="choice">
              <input type="radio" name={ids.verdict} id={i() === 0 ? ids.verdict : `${ids.verdict}-${v}`} value={v} checked={value() === v} onChange={() => setValue(v)} />
              <span>{VERDICT_WORDS[v]}</span>
            </label>
          )}
        </For>
      </fieldset>
      <TextAreaField id={ids.comment} label="Your comment" hint="Short and in your words. Pupils see it on the public page." error={form.error(ids.comment)} value={comment()} onInput={setComment} limit={LIMITS.verdictComment} rows={2} />
      <label class="check">
        <input type="checkbox" checked={sendBack()} onChange={(e) => setSendBack(e.currentTarget.checked)} />
        Send it back to the council to do better
      </label>
      <FormActions submit="Save verdict" busy={form.busy()} />
      <Status text={done()} />
    </form>
  );
}
