import { createMemo, Show } from 'solid-js';
import { LOCALITY_NAMES } from '../../../../shared/catalog';
import { cityFigure, topicCount } from '../../../../shared/respond/evidence';
import type { CityEvidenceRef, CityScope } from '../../../../shared/respond/schema';
import type { CityReport } from '../../../../shared/report/schema';
import { SelectField } from '../admin/fields';
import { AUDIENCE_NAMES } from '../labels';
import { FigureChoices } from './figure-choices';
import { figureOptions, refOf } from './figure-options';
import { citedWords, topicWords } from './words';

export type CityChoice = { audience: 'primary' | 'secondary'; scope: CityScope; figure: string; topic: string };

const SCOPES: [CityScope, string][] = [['city', 'City'], ...(Object.entries(LOCALITY_NAMES) as [CityScope, string][])];

/** The reference a choice makes, when a figure is chosen. */
export const cityRef = (report: CityReport, c: CityChoice): CityEvidenceRef | undefined => {
  const ref = refOf(c.figure);
  return ref && { waveId: report.wave.id, audience: c.audience, scope: c.scope, ...ref, ...(c.topic ? { topic: c.topic } : {}) };
};

/**
 * The evidence for a finding, picked from the round's city report as the youth council reads it
 * (suppressed): which survey, the city or a locality, a theme or (city only) a question, and
 * optionally a comment topic. Each figure is shown beside it; hidden ones cannot be chosen.
 */
export function CityEvidencePicker(props: {
  report: CityReport;
  choice: CityChoice;
  onChange: (c: CityChoice) => void;
  error: (id: string) => string | undefined;
  /** Put before every id, so a second picker on the page (editing a draft) has its own. */
  prefix?: string;
}) {
  const id = (name: string) => `${props.prefix ?? ''}${name}`;
  const section = () => props.report.sections.find((s) => s.survey.audience === props.choice.audience);
  const set = (part: Partial<CityChoice>) => {
    const next = { ...props.choice, ...part };
    // A figure that is no longer offered, or hidden where it now points, is dropped rather than kept out of sight.
    const ref = cityRef(props.report, next);
    if (ref && !('figure' in cityFigure(props.report, ref))) next.figure = '';
    if (part.audience) next.topic = '';
    props.onChange(next);
  };
  const options = createMemo(() => {
    const s = section();
    if (!s) return [];
    const c = props.choice;
    return figureOptions(s.survey, c.scope === 'city', (ref) => cityFigure(props.report, { waveId: props.report.wave.id, audience: c.audience, scope: c.scope, ...ref }));
  });
  const topics = () => {
    const t = section()?.topics;
    return t && !t.suppressed ? t.topics.filter((x) => x.count > 0) : [];
  };
  const chosen = () => {
    const ref = cityRef(props.report, props.choice);
    return ref ? cityFigure(props.report, ref) : undefined;
  };
  const quoting = () => {
    const c = chosen();
    if (!c) return '';
    if ('hidden' in c) return c.hidden;
    const s = section();
    const t = props.choice.topic && s ? topicCount(s.topics, props.choice.topic) : undefined;
    return `You are quoting ${citedWords(c.figure)}${t && 'count' in t ? `, with ${topicWords(t)}` : ''}.`;
  };

  return (
    <fieldset class="evidence">
      <legend class="label">Evidence from the city report</legend>
      <p class="hint">The figure your finding is about, as the city report shows it. Only figures the report shows can be quoted.</p>
      <div class="field-row">
        <SelectField
          id={id('evidence-survey')}
          label="Survey"
          value={props.choice.audience}
          options={props.report.sections.map((s) => [s.survey.audience, AUDIENCE_NAMES[s.survey.audience]] as const)}
          onChange={(v) => set({ audience: v as CityChoice['audience'] })}
        />
        <SelectField id={id('evidence-scope')} label="City or locality" value={props.choice.scope} options={SCOPES} onChange={(v) => set({ scope: v as CityScope })} />
      </div>
      <FigureChoices
        name={id('evidence-figure')}
        legend={props.choice.scope === 'city' ? 'A theme or a question' : 'A theme'}
        hint={props.choice.scope === 'city' ? undefined : 'Answers to each question are given for the whole city only: choose City to quote a question.'}
        options={options()}
        value={props.choice.figure}
        onChange={(figure) => set({ figure })}
        error={props.error(id('evidence-figure'))}
      />
      <Show
        when={topics().length}
        fallback={<p class="small">No comment topics can be quoted for {AUDIENCE_NAMES[props.choice.audience].toLowerCase()} this round.</p>}
      >
        <SelectField
          id={id('evidence-topic')}
          label="A comment topic (optional)"
          hint="What pupils wrote about, with how many mentioned it, for the whole city."
          error={props.error(id('evidence-topic'))}
          value={props.choice.topic}
          options={[['', 'None'], ...topics().map((t) => [t.id, `${t.label} (${t.count})`] as const)]}
          onChange={(topic) => set({ topic })}
        />
      </Show>
      <p class="quoting" aria-live="polite" data-testid="quoting">
        {quoting()}
      </p>
    </fieldset>
  );
}
