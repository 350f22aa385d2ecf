import { createMemo, createSignal } from 'solid-js';
import { ApiError, offline, type JoinInfo } from '../api';
import { info, later, loadLater, opened, setInfo } from './app-state';
import { setTitle, t } from './i18n';
import { SurveyFlow } from './survey-flow';

/** `/j/:code`: opens the survey the join code points at (the request started in boot.ts). */
export function SurveyPage(props: { code: string; join: Promise<JoinInfo> }) {
  const [error, setError] = createSignal<ApiError>();
  opened.code = props.code;
  const load = (request: Promise<JoinInfo>) => {
    setError(undefined);
    if (!info()) setTitle(t('survey.opening.pageTitle'));
    request.then(setInfo, (err: unknown) => {
      setError(err instanceof ApiError ? err : offline());
      void loadLater();
    });
  };
  load(props.join);
  const problem = () => {
    const M = later();
    const e = error();
    return M && e && <M.JoinProblem error={e} retry={load} />;
  };
  // Only the first arrival builds the survey: a new language later swaps its words, not the pupil's answers.
  const ready = createMemo(() => !!info());
  return (
    <>
      {ready() ? (
        <SurveyFlow code={props.code} />
      ) : error() && later() ? (
        problem()
      ) : (
        <p class="loading" role="status">
          {t('survey.opening')}
        </p>
      )}
    </>
  );
}
