import { Show } from 'solid-js';
import { settingCsvPath, type ReportFilter } from './api';
import { LOCALITY_NAMES, type Locality } from '../../../shared/catalog';
import type { Group, SettingReport } from '../../../shared/report/schema';
import { BelongingHeadline } from './belonging-headline';
import { BreakdownSection } from './breakdown-section';
import { CautionsNote } from './cautions-note';
import { SafeguardingNotice } from './safeguarding-notice';
import { CommentsSection } from './comments-section';
import { ExportButton } from './export-button';
import { AUDIENCE_NAMES, fewerThan, surveyText } from './labels';
import { QuestionDistributions } from './question-distributions';
import { reportHref } from './report-filter';
import { pct } from './theme-cells';
import { ThemeChart } from './theme-chart';
import { ThemeTable } from './theme-table';
import { TopicBars } from './topic-bars';
import { TrendCharts } from './trend-charts';

/** Who the figures are about: the setting, or one group of it. */
export const whoOf = (r: SettingReport) => (r.filter ? `${r.filter.label} at ${r.setting.name}` : r.setting.name);

export const localityName = (r: SettingReport) => LOCALITY_NAMES[r.setting.locality as Locality] ?? r.setting.locality;

/** "306 pupils answered, 80% of the 383 on roll": the rate only where the setting gave its numbers on roll. */
export function ResponseLine(props: { group: Group; threshold: number }) {
  const shown = () => (props.group.suppressed ? undefined : props.group);
  return (
    <Show
      when={shown()}
      fallback={
        <p class="count-line" data-testid="response-count">
          {fewerThan(props.threshold)}
        </p>
      }
    >
      {(g) => (
        <p class="count-line">
          <span class="big" data-testid="response-count">
            {g().n}
          </span>{' '}
          pupils answered
          <Show when={g().responseRate !== undefined && g().roll}>
            <span class="rate">
              {', '}
              {pct(g().responseRate!)} of the {g().roll} on roll
            </span>
          </Show>
        </p>
      )}
    </Show>
  );
}

const SECTIONS = [
  ['themes', 'Themes'],
  ['trends', 'Over time'],
  ['breakdowns', 'Groups'],
  ['questions', 'Each question'],
  ['comments', 'Comments'],
] as const;

/** The dashboard: a head teacher should see the headline, the themes and the cautions first. */
export function SettingReportBody(props: { report: SettingReport }) {
  const r = props.report;
  const text = surveyText(r.survey);
  const who = whoOf(r);
  const filter: ReportFilter | undefined = r.filter && { dimension: r.filter.dimension, key: r.filter.key };
  const sections = SECTIONS.filter(([id]) => id !== 'breakdowns' || (!r.filter && r.breakdowns.length > 0));
  const shown = !r.overall.suppressed;
  return (
    <>
      <p class="meta">
        {r.wave.title} · {localityName(r)} locality · {AUDIENCE_NAMES[r.survey.audience]}
      </p>
      <div class="actions">
        <a class="btn secondary" href={reportHref(r.setting.id, r.wave.id, filter, '/print')}>
          Print / save as PDF
        </a>
        <ExportButton path={settingCsvPath(r.setting.id, r.wave.id, filter)} name={`heard-${r.setting.id}-${r.wave.id}.csv`} />
        <a class="btn link" href={`/reports/settings/${encodeURIComponent(r.setting.id)}/you-said`}>
          You said, we did
        </a>
      </div>
      <Show when={r.filter}>
        {(f) => (
          <p class="note filter-note" data-testid="filter-note">
            Showing <strong>{f().label}</strong> only, beside the same group across the locality and the city.{' '}
            <a href={reportHref(r.setting.id, r.wave.id)}>See the whole setting</a>
          </p>
        )}
      </Show>
      <ResponseLine group={r.overall} threshold={r.threshold} />
      <SafeguardingNotice topics={r.topics} />
      <CautionsNote items={r.cautions} />
      <Show when={shown}>
        <nav class="on-this-page" aria-label="On this page">
          <ul>
            {sections.map(([id, label]) => (
              <li>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <BelongingHeadline report={r} who={who} />
        <section id="themes" aria-labelledby="themes-title">
          <h2 id="themes-title">Themes against the city</h2>
          <Show when={!r.benchmarks.length}>
            <p class="small">
              {r.filter
                ? 'Below, Average and Above compare whole settings, so they are not shown for one group.'
                : 'Below, Average and Above need at least three settings to compare with, so they are not shown for this round.'}
            </p>
          </Show>
          <ThemeChart report={r} who={who} />
          <details class="table-details">
            <summary>Theme scores as a table</summary>
            <ThemeTable report={r} who={who} id="themes-table" />
          </details>
        </section>
        <section id="trends" aria-labelledby="trends-title">
          <h2 id="trends-title">Over time</h2>
          <TrendCharts report={r} who={who} />
        </section>
        <Show when={sections.some(([id]) => id === 'breakdowns')}>
          <section id="breakdowns" aria-labelledby="breakdowns-title">
            <h2 id="breakdowns-title">Year groups and gender</h2>
            <BreakdownSection report={r} text={text} link={(d, g) => reportHref(r.setting.id, r.wave.id, { dimension: d, key: g.key })} />
          </section>
        </Show>
        <section id="questions" aria-labelledby="questions-title">
          <h2 id="questions-title">Each question</h2>
          <QuestionDistributions questions={r.overall.suppressed ? [] : (r.overall.questions ?? [])} text={text} threshold={r.threshold} />
        </section>
        <section id="comments" aria-labelledby="comments-title">
          <h2 id="comments-title">What pupils wrote about</h2>
          <TopicBars topics={r.topics} threshold={r.threshold} id="topics" caption={`Comments from ${who} mentioning each topic`} />
          <h3>Read comments</h3>
          <CommentsSection settingId={r.setting.id} wave={r.wave.id} filter={filter} topics={r.topics} text={text} threshold={r.threshold} />
        </section>
      </Show>
    </>
  );
}
