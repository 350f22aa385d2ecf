import { Show } from 'solid-js';
import { LOCALITY_NAMES, type Locality } from '../../../shared/catalog';
import type { SettingReport } from '../../../shared/report/schema';
import { BelongingHeadline } from './belonging-headline';
import { CAUTION, fewerThan, surveyText } from './labels';
import { QuestionDistributions } from './question-distributions';
import { ThemeTable } from './theme-table';
import { YearGroupTable } from './year-group-table';

export function SettingReportBody(props: { report: SettingReport }) {
  const r = () => props.report;
  const text = () => surveyText(r().survey);
  return (
    <>
      <p class="meta">
        {r().wave.title} · {LOCALITY_NAMES[r().setting.locality as Locality] ?? r().setting.locality} locality ·{' '}
        {r().survey.audience} survey
      </p>
      <Show
        when={!r().overall.suppressed}
        fallback={
          <p class="count-line" data-testid="response-count">
            {fewerThan(r().threshold)}
          </p>
        }
      >
        <p class="count-line">
          <span class="big" data-testid="response-count">
            {r().overall.n}
          </span>{' '}
          pupils answered
        </p>
        <p class="caution">{CAUTION}</p>
        <BelongingHeadline report={r()} />
        <h2>Themes</h2>
        <p class="small">
          Scores run from 0 to 100, and higher is always better. Favourable means a score of 75 or more. The 95% range shows
          how far the score could move by chance.
        </p>
        <ThemeTable report={r()} />
        <h2>Year groups</h2>
        <YearGroupTable report={r()} />
        <h2>Each question</h2>
        <QuestionDistributions report={r()} text={text()} />
      </Show>
    </>
  );
}
