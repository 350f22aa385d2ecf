import { createSignal, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import type { CityReport } from '../../../../shared/report/schema';
import { createForm, ErrorSummary, FormActions } from '../admin/form';
import { authed } from '../session';
import { draftFinding, editFinding, type Finding } from './api';
import { CityEvidencePicker, cityRef, type CityChoice } from './city-evidence-picker';
import { TextAreaField } from './text-area-field';
import { cleanTranslations, translationErrors, translationId, translationLabels, TranslationsField } from './translations-field';

/** The form's element ids, each after `p` (empty for the new-finding form, `edit-<id>-` on a card). */
const idsFor = (p: string) => ({ text: `${p}finding-text`, figure: `${p}evidence-figure`, topic: `${p}evidence-topic` });
const labelsFor = (p: string) => {
  const ids = idsFor(p);
  return { [ids.text]: 'Your finding', [ids.figure]: 'Evidence', [ids.topic]: 'Comment topic', ...translationLabels(ids.text, 'Your finding') };
};
const fieldFor = (p: string) => (f: string) => {
  const ids = idsFor(p);
  if (f === 'text') return ids.text;
  // `translations.ar` is the Arabic box.
  if (f.startsWith('translations.')) return translationId(ids.text, f.split('.')[1]!);
  if (f === 'evidence.topic') return ids.topic;
  return f.startsWith('evidence') ? ids.figure : undefined;
};

/** The picker's choice for evidence already cited, so an edit starts from what the finding quotes. */
const choiceOf = (f: Finding): CityChoice => ({ audience: f.evidence.audience, scope: f.evidence.scope, figure: `${f.evidence.kind}:${f.evidence.id}`, topic: f.evidence.topic ?? '' });

/**
 * Drafts a finding: a short sentence in the youth council's words, its translations if the
 * youth council has them, and the figure it is about. Given `finding` (a draft), changes it instead.
 */
export function FindingForm(props: { report: CityReport; finding?: Finding; onSaved: (finding: Finding) => void; onCancel?: () => void }) {
  const prefix = props.finding ? `edit-${props.finding.id}-` : '';
  const ids = idsFor(prefix);
  const form = createForm(fieldFor(prefix), { 'evidence.hidden': ids.figure, 'finding.round_open': ids.text, 'text.identifying': ids.text, 'finding.agreed': ids.text });
  const first = props.report.sections.find((s) => s.survey.audience === 'secondary') ?? props.report.sections[0];
  const blank = (): CityChoice => ({ audience: first?.survey.audience ?? 'secondary', scope: 'city', figure: '', topic: '' });
  const [text, setText] = createSignal(props.finding?.text ?? '');
  const [translations, setTranslations] = createSignal(props.finding?.translations ?? {});
  const [choice, setChoice] = createSignal(props.finding ? choiceOf(props.finding) : blank());

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    const t = text().trim();
    if (!t) missing[ids.text] = 'Write your finding in a short sentence.';
    else if (t.length > LIMITS.finding) missing[ids.text] = `Your finding must be ${LIMITS.finding} characters or fewer.`;
    Object.assign(missing, translationErrors(ids.text, 'Your finding', translations()));
    const evidence = cityRef(props.report, choice());
    if (!evidence) missing[ids.figure] = 'Choose the figure your finding is about.';
    if (Object.keys(missing).length || !evidence) return form.refuse(missing);
    const body = { text: t, translations: cleanTranslations(translations()), evidence };
    const saved = await form.submit(() => authed((token) => (props.finding ? editFinding(token, props.finding.id, body) : draftFinding(token, body))));
    if (!saved) return;
    if (!props.finding) {
      setText('');
      setTranslations({});
      setChoice(blank());
    }
    props.onSaved(saved.finding);
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit} aria-label={props.finding ? 'Change this draft finding' : undefined}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={labelsFor(prefix)} />}</Show>
      <TextAreaField
        id={ids.text}
        label="Your finding"
        hint="One short sentence in your own words, such as: Fewer than half of secondary pupils feel safe on the way to school."
        error={form.error(ids.text)}
        value={text()}
        onInput={setText}
        limit={LIMITS.finding}
        rows={2}
        forPupils
      />
      <TranslationsField id={ids.text} what="Your finding" value={translations()} onChange={setTranslations} error={form.error} />
      <CityEvidencePicker report={props.report} choice={choice()} onChange={setChoice} error={form.error} prefix={prefix} />
      <FormActions submit={props.finding ? 'Save changes' : 'Save draft finding'} busy={form.busy()} onCancel={props.onCancel} />
    </form>
  );
}
