import { createEffect, createMemo, Show } from 'solid-js';
import { getSettingReport } from './api';
import type { SettingReport } from '../../../shared/report/schema';
import { focusOnArrival, setTitle, url } from '../router';
import '../styles/staff.css';
import '../styles/print-report.css';
import { BelongingHeadline } from './belonging-headline';
import { BreakdownTable } from './breakdown-section';
import { CautionsNote } from './cautions-note';
import { SafeguardingNotice } from './safeguarding-notice';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { AUDIENCE_NAMES, BAND_RULE, BAND_WORDS, SPREAD_EXPLAINED } from './labels';
import { filterFrom, filterKey, reportHref } from './report-filter';
import { authed, loadMe } from './session';
import { localityName, ResponseLine, whoOf } from './setting-report-body';
import { ThemeChart } from './theme-chart';
import { ThemeTable } from './theme-table';
import { TopicBars } from './topic-bars';
import { TrendSummaryTable } from './trend-charts';
import { defaultWave } from './wave-picker';

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function Guidance(props: { report: SettingReport }) {
  return (
    <section class="print-block" aria-labelledby="guidance-title">
      <h2 id="guidance-title">How to read this report</h2>
      <ul class="guidance">
        <li>Scores run from 0 to 100 and higher is always better. A favourable score is 75 or more.</li>
        <li>The 95% range shows how far a score could move by chance; when two ranges overlap a lot, treat the scores as alike.</li>
        <li>
          {(['above', 'average', 'below'] as const).map((b) => `${BAND_WORDS[b]}: ${BAND_RULE[b]}.`).join(' ')} {SPREAD_EXPLAINED}
        </li>
        <li>
          Groups of fewer than {props.report.threshold} pupils are never shown, and a few larger ones are hidden so that a smaller group
          cannot be worked out from them.
        </li>
        <li>This report compares the setting with the city and its locality. It is not a league table of settings.</li>
        <li>Use the results to start conversations with pupils about what would make school better, and then tell them what changed.</li>
      </ul>
    </section>
  );
}

/** The report on A4: headline, themes, groups, trends, topics, cautions and how to read it. */
function PrintBody(props: { report: SettingReport }) {
  const r = props.report;
  const who = whoOf(r);
  return (
    <>
      <header class="print-head">
        <p class="print-brand">Heard · pupil belonging and wellbeing survey</p>
        <h1 tabindex="-1" ref={focusOnArrival}>
          {who}
        </h1>
        <p class="print-meta">
          <strong>{r.wave.title}</strong> · {localityName(r)} locality · {AUDIENCE_NAMES[r.survey.audience]} · Printed {today()}
        </p>
      </header>
      <ResponseLine group={r.overall} threshold={r.threshold} />
      <SafeguardingNotice topics={r.topics} />
      <CautionsNote items={r.cautions} />
      <Show when={!r.overall.suppressed}>
        <div class="print-block">
          <BelongingHeadline report={r} who={who} />
        </div>
        <section class="print-block" aria-labelledby="p-themes">
          <h2 id="p-themes">Themes against the city</h2>
          <ThemeChart report={r} who={who} />
        </section>
        <section class="print-block" aria-labelledby="p-theme-table">
          <h2 id="p-theme-table" class="vh">
            Theme scores as a table
          </h2>
          <ThemeTable report={r} who={who} id="p-themes-table" />
        </section>
        {r.breakdowns.map((b) => (
          <section class="print-block" aria-labelledby={`p-${b.dimension}`}>
            <h2 id={`p-${b.dimension}`}>By {b.label.toLowerCase()}</h2>
            <BreakdownTable report={r} breakdown={b} id={`p-breakdown-${b.dimension}`} />
          </section>
        ))}
        <section class="print-block" aria-labelledby="p-trend">
          <h2 id="p-trend">Over time</h2>
          <TrendSummaryTable report={r} who={who} />
        </section>
        <section class="print-block" aria-labelledby="p-topics">
          <h2 id="p-topics">What pupils wrote about</h2>
          <TopicBars topics={r.topics} threshold={r.threshold} id="p-topics-table" caption={`Comments from ${who} mentioning each topic`} />
        </section>
      </Show>
      <Guidance report={r} />
    </>
  );
}

/** `/reports/settings/:id/print?wave=`: the printable report, without the site's navigation. */
export default function PrintReportPage(props: { params: string[] }) {
  const settingId = props.params[0] ?? '';
  const me = createLoad(() => true, loadMe);
  const wave = createMemo(() => url().searchParams.get('wave') ?? defaultWave(me.data()?.waves));
  const choice = createMemo(() => filterFrom(url().searchParams));
  const key = createMemo(() => (wave() ? `${wave()}|${filterKey(choice().filter)}` : undefined));
  const report = createLoad(key, () => authed((token) => getSettingReport(token, settingId, wave()!, choice().filter)));
  createEffect(() => {
    const r = report.data();
    setTitle(r ? `${whoOf(r)}, ${r.wave.title} (print)` : 'Printable report');
  });
  return (
    <div class="print-report">
      <div class="print-toolbar">
        <a class="btn secondary" href={reportHref(settingId, wave() ?? '', choice().filter)}>
          Back to the dashboard
        </a>
        <button type="button" class="btn primary" onClick={() => print()}>
          Print / save as PDF
        </button>
        <p class="small">Choose “Save as PDF” in the print window to keep a copy. The page is laid out for A4 paper.</p>
      </div>
      <main id="main" class="print-page">
        <Show when={report.loading() && !report.data()}>
          <p role="status" class="loading">
            Loading the report…
          </p>
        </Show>
        <Show when={report.error() ?? me.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={!report.error() && report.data()} keyed>
          {(r) => <PrintBody report={r} />}
        </Show>
      </main>
    </div>
  );
}
