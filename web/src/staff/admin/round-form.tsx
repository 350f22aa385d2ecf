import { createSignal, Show } from 'solid-js';
import { authed } from '../session';
import { changeRound, createRound, type Round } from './api';
import { createForm, ErrorSummary, FormActions, formText, TextField, type FieldErrors } from './form';
import { slug } from './round-steps';

const FIELDS: Record<string, string> = { id: 'round-id', waveId: 'round-id', title: 'round-title', opensOn: 'round-opens', closesOn: 'round-closes' };
const LABELS: Record<string, string> = { 'round-title': 'Name', 'round-id': 'Short name', 'round-opens': 'Opens on', 'round-closes': 'Closes on' };

/** Creates a draft round, or (given `round`) changes a draft's name and dates. */
export function RoundForm(props: { round?: Round | undefined; onSaved: (round: Round, created: boolean) => void; onCancel?: () => void }) {
  const form = createForm((f) => FIELDS[f], { 'wave.not_draft': 'round-title' });
  const [title, setTitle] = createSignal(props.round?.title ?? '');
  const [id, setId] = createSignal('');
  const [idEdited, setIdEdited] = createSignal(false);
  const creating = !props.round;
  const [fresh, setFresh] = createSignal(1);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const fields = { title: formText(el, 'round-title'), opensOn: formText(el, 'round-opens'), closesOn: formText(el, 'round-closes') };
    const missing: FieldErrors = {};
    if (!fields.title) missing['round-title'] = 'Enter a name for the round, such as Spring survey 2027.';
    if (creating && !id().trim()) missing['round-id'] = 'Enter a short name for web addresses, such as spring-2027.';
    if (!fields.opensOn) missing['round-opens'] = 'Enter the day the round opens.';
    if (!fields.closesOn) missing['round-closes'] = 'Enter the day the round closes.';
    if (Object.keys(missing).length) return form.refuse(missing);
    const saved = await form.submit(() =>
      authed((token) => (props.round ? changeRound(token, props.round.id, fields) : createRound(token, { id: id().trim(), ...fields }))),
    );
    if (!saved) return;
    if (creating) {
      setTitle('');
      setId('');
      setIdEdited(false);
      setFresh((n) => n + 1);
    }
    props.onSaved(saved.wave, creating);
  };

  // A new blank form after each one added: every control back to its first value, selects included.
  return (
    <Show when={fresh()} keyed>
      {(_form) => (
        <form class="stack admin-form" novalidate onSubmit={submit}>
          <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
          <TextField
            id="round-title"
            label="Name"
            hint="Pupils see this, so keep it plain: Spring survey 2027."
            error={form.error('round-title')}
            value={title()}
            maxLength={120}
            onInput={(e) => {
              setTitle(e.currentTarget.value);
              if (creating && !idEdited()) setId(slug(e.currentTarget.value));
            }}
          />
          <Show when={creating}>
            <TextField
              id="round-id"
              label="Short name"
              hint="Used in web addresses and exports: lower-case letters, digits and dashes. It cannot be changed later."
              error={form.error('round-id')}
              value={id()}
              autocapitalize="none"
              spellcheck={false}
              onInput={(e) => {
                setId(e.currentTarget.value);
                setIdEdited(true);
              }}
            />
          </Show>
          <div class="field-row">
            <TextField id="round-opens" label="Opens on" type="date" error={form.error('round-opens')} value={props.round?.opensOn ?? ''} />
            <TextField id="round-closes" label="Closes on" type="date" error={form.error('round-closes')} value={props.round?.closesOn ?? ''} />
          </div>
          <FormActions submit={props.round ? 'Save changes' : 'Create draft round'} busy={form.busy()} onCancel={props.onCancel} />
        </form>
      )}
    </Show>
  );
}

