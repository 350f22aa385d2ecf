import { createSignal, For, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import { createForm, ErrorSummary, FormActions, Status } from '../admin/form';
import { authed } from '../session';
import { putBallot } from './api';

const ID = 'ballot-choice';

/**
 * Chooses up to five agreed findings for pupils to vote on in the next (draft) round: "Which of
 * these should we work on first?" Findings already on the ballot from other rounds stay listed.
 */
export function BallotForm(props: { waveId: string; roundTitle: string; options: { id: string; text: string }[]; ballot: string[]; onSaved: () => void }) {
  const form = createForm((f) => (f.startsWith('findingIds') ? ID : undefined), { 'ballot.not_agreed': ID, 'wave.not_draft': ID, 'ballot.round_open': ID });
  const [chosen, setChosen] = createSignal<string[]>([...props.ballot]);
  const [done, setDone] = createSignal<string>();
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c.filter((x) => x !== id), id] : c.filter((x) => x !== id)));

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setDone(undefined);
    if (!chosen().length) return form.refuse({ [ID]: 'Choose at least one finding to put to the vote.' });
    if (chosen().length > LIMITS.ballot) return form.refuse({ [ID]: `Choose up to ${LIMITS.ballot} findings: you have chosen ${chosen().length}.` });
    const saved = await form.submit(() => authed((token) => putBallot(token, props.waveId, { findingIds: chosen() })).then(() => true));
    if (!saved) return;
    setDone(`The vote is set: pupils answering ${props.roundTitle} will be asked which of these to work on first.`);
    props.onSaved();
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={{ [ID]: 'Findings to vote on' }} />}</Show>
      <fieldset class="choices field" classList={{ 'field-error': Boolean(form.error(ID)) }} aria-describedby={`${ID}-hint${form.error(ID) ? ` ${ID}-error` : ''}`}>
        <legend class="label">Findings to vote on</legend>
        <p class="hint" id={`${ID}-hint`}>
          Up to {LIMITS.ballot} agreed findings. {chosen().length} chosen.
        </p>
        <Show when={form.error(ID)}>
          <p class="error-text" id={`${ID}-error`}>
            <span class="vh">Error: </span>
            {form.error(ID)}
          </p>
        </Show>
        <For each={props.options}>
          {(o, i) => (
            <label class="choice">
              <input type="checkbox" id={i() === 0 ? ID : `${ID}-${o.id}`} value={o.id} checked={chosen().includes(o.id)} onChange={(e) => toggle(o.id, e.currentTarget.checked)} />
              <span>{o.text}</span>
            </label>
          )}
        </For>
      </fieldset>
      <FormActions submit="Put to the vote" busy={form.busy()} />
      <Status text={done()} />
    </form>
  );
}
