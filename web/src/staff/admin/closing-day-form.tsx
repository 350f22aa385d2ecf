import { Show } from 'solid-js';
import { authed } from '../session';
import { formatDate } from '../labels';
import { changeRound, type Round } from './api';
import { createForm, ErrorSummary, FormActions, formText, TextField } from './form';

/**
 * An open round's closing day: later to give a class more time, sooner (not before today) to end
 * it early. Its name and opening day stay as they are while pupils answer.
 */
export function ClosingDayForm(props: { round: Round; onSaved: (round: Round, created: boolean) => void; onCancel: () => void }) {
  const form = createForm((f) => (f === 'closesOn' ? 'round-closes' : undefined), { 'wave.overlap': 'round-closes' });
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const closesOn = formText(e.currentTarget as HTMLFormElement, 'round-closes');
    if (!closesOn) return form.refuse({ 'round-closes': 'Enter the day the round should close.' });
    const saved = await form.submit(() => authed((token) => changeRound(token, props.round.id, { closesOn })));
    if (saved) props.onSaved(saved.wave, false);
  };
  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={{ 'round-closes': 'Closes on' }} />}</Show>
      <p>
        Pupils can answer from {formatDate(props.round.opensOn)}. Choose a later day to give more time, or an earlier one (today at the
        soonest) to end it sooner.
      </p>
      <TextField id="round-closes" label="Closes on" type="date" error={form.error('round-closes')} value={props.round.closesOn} />
      <FormActions submit="Save the closing day" busy={form.busy()} onCancel={props.onCancel} />
    </form>
  );
}
