import { createSignal, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import { getSettingReport, type WaveSummary } from '../api';
import { createForm, ErrorSummary, FormActions } from '../admin/form';
import { createLoad } from '../create-load';
import { authed } from '../session';
import { defaultWave } from '../wave-picker';
import { changeEntry, createEntry, type SettingEntry, type Warnings } from './api';
import { AnswerFieldsView } from './answer-fields';
import { ANSWER_LABELS, answerField, createAnswerState } from './answer-state';
import { TranslationsField } from './translations-field';
import { ServerWarnings } from './server-warnings';
import { SettingEvidencePicker, settingRef, type SettingChoice } from './setting-evidence-picker';
import { TextAreaField } from './text-area-field';

const LABELS: Record<string, string> = { 'entry-you-said': 'You said', 'entry-figure': 'Figure', ...ANSWER_LABELS };
const field = (f: string) => (f === 'youSaid' ? 'entry-you-said' : f.startsWith('evidence') ? 'entry-figure' : answerField(f));

/**
 * A setting's own "You said, we did" entry: what its pupils said, optionally a figure of its own
 * report, and the answer. Creates one, or (given `entry`) changes it; publishing is separate.
 */
export function EntryForm(props: {
  settingId: string;
  waves: WaveSummary[];
  entry?: SettingEntry | undefined;
  onSaved: (entry: SettingEntry, warnings: Warnings | undefined) => void;
  onCancel?: () => void;
}) {
  const form = createForm(field, { 'evidence.hidden': 'entry-figure', 'finding.round_open': 'entry-figure', 'text.identifying': 'entry-you-said' });
  const state = createAnswerState(props.entry?.fields);
  const ev = props.entry?.fields.evidence;
  const [youSaid, setYouSaid] = createSignal(props.entry?.fields.youSaid ?? '');
  const [choice, setChoice] = createSignal<SettingChoice>({
    cite: Boolean(ev),
    wave: ev?.waveId ?? defaultWave(props.waves) ?? '',
    figure: ev ? `${ev.kind}:${ev.id}` : '',
  });
  const report = createLoad(() => choice().cite && choice().wave, (w) => authed((token) => getSettingReport(token, props.settingId, w)));
  const [warnings, setWarnings] = createSignal<Warnings>();

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setWarnings(undefined);
    const missing = state.check();
    const said = youSaid().trim();
    if (!said) missing['entry-you-said'] = 'Say what pupils told you, in their words.';
    else if (said.length > LIMITS.youSaid) missing['entry-you-said'] = `“You said” must be ${LIMITS.youSaid} characters or fewer.`;
    const evidence = settingRef(report.data(), choice());
    if (choice().cite && !evidence) missing['entry-figure'] = 'Choose the figure to quote, or untick “Quote a figure”.';
    if (Object.keys(missing).length) return form.refuse(missing);
    const answer = state.fields();
    const saved = await form.submit(() =>
      authed((token) =>
        props.entry
          ? changeEntry(token, props.settingId, props.entry.id, { youSaid: said, evidence: evidence ?? null, answer })
          : createEntry(token, props.settingId, { youSaid: said, ...(evidence ? { evidence } : {}), answer }),
      ),
    );
    if (!saved) return;
    if (props.entry) setWarnings(saved.warnings);
    props.onSaved(saved.entry, saved.warnings);
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
      <TextAreaField
        id="entry-you-said"
        label="You said"
        hint="What pupils told you, in their words, such as: The toilets are not clean enough."
        error={form.error('entry-you-said')}
        value={youSaid()}
        onInput={setYouSaid}
        limit={LIMITS.youSaid}
        rows={2}
        forPupils
      />
      <TranslationsField id="entry-you-said" what="You said" value={state.translationsOf('youSaid')} onChange={(t) => state.setTranslationsOf('youSaid', t)} error={form.error} />
      <SettingEvidencePicker
        waves={props.waves}
        choice={choice()}
        onChange={setChoice}
        report={report.data()}
        loading={report.loading()}
        failed={report.error()}
        error={form.error}
      />
      <AnswerFieldsView state={state} error={form.error} />
      <FormActions submit={props.entry ? 'Save changes' : 'Save as a draft'} busy={form.busy()} onCancel={props.onCancel} />
      <ServerWarnings warnings={warnings()} labels={LABELS} field={field} />
    </form>
  );
}
