import { createSignal, Show } from 'solid-js';
import { LIMITS } from '../../../../shared/respond/schema';
import type { CityReport } from '../../../../shared/report/schema';
import { createForm, ErrorSummary, FormActions } from '../admin/form';
import { authed } from '../session';
import { draftFinding, type Finding } from './api';
import { CityEvidencePicker, cityRef, type CityChoice } from './city-evidence-picker';
import { TextAreaField } from './text-area-field';

const LABELS = { 'finding-text': 'Your finding', 'evidence-figure': 'Evidence', 'evidence-topic': 'Comment topic' };
const field = (f: string) => (f === 'text' ? 'finding-text' : f === 'evidence.topic' ? 'evidence-topic' : f.startsWith('evidence') ? 'evidence-figure' : undefined);

/** Drafts a finding: a short sentence in the youth council's words, and the figure it is about. */
export function FindingForm(props: { report: CityReport; onDrafted: (finding: Finding) => void }) {
  const form = createForm(field, { 'evidence.hidden': 'evidence-figure', 'finding.round_open': 'finding-text', 'text.identifying': 'finding-text' });
  const first = props.report.sections.find((s) => s.survey.audience === 'secondary') ?? props.report.sections[0];
  const blank = (): CityChoice => ({ audience: first?.survey.audience ?? 'secondary', scope: 'city', figure: '', topic: '' });
  const [text, setText] = createSignal('');
  const [choice, setChoice] = createSignal(blank());

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    const t = text().trim();
    if (!t) missing['finding-text'] = 'Write your finding in a short sentence.';
    else if (t.length > LIMITS.finding) missing['finding-text'] = `Your finding must be ${LIMITS.finding} characters or fewer.`;
    const evidence = cityRef(props.report, choice());
    if (!evidence) missing['evidence-figure'] = 'Choose the figure your finding is about.';
    if (Object.keys(missing).length || !evidence) return form.refuse(missing);
    const made = await form.submit(() => authed((token) => draftFinding(token, { text: t, evidence })));
    if (!made) return;
    setText('');
    setChoice(blank());
    props.onDrafted(made.finding);
  };

  return (
    <form class="stack admin-form" novalidate onSubmit={submit}>
      <Show when={form.problem()}>{(p) => <ErrorSummary problem={p()} errors={form.errors()} labels={LABELS} />}</Show>
      <TextAreaField
        id="finding-text"
        label="Your finding"
        hint="One short sentence in your own words, such as: Fewer than half of secondary pupils feel safe on the way to school."
        error={form.error('finding-text')}
        value={text()}
        onInput={setText}
        limit={LIMITS.finding}
        rows={2}
      />
      <CityEvidencePicker report={props.report} choice={choice()} onChange={setChoice} error={form.error} />
      <FormActions submit="Save draft finding" busy={form.busy()} />
    </form>
  );
}
