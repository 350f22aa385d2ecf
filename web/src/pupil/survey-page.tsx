import { createSignal, Show } from 'solid-js';
import { ApiError, getJoin, type JoinInfo } from '../api';
import { setTitle } from '../router';
import { normaliseCode } from './join-code';
import { JoinProblem } from './join-problem';
import { PupilShell } from './pupil-shell';
import { SurveyFlow } from './survey-flow';

/** `/j/:code`: opens the survey the join code points at. */
export function SurveyPage(props: { params: string[] }) {
  const code = normaliseCode(props.params[0] ?? '');
  const [info, setInfo] = createSignal<JoinInfo>();
  const [error, setError] = createSignal<ApiError>();
  const load = () => {
    setError(undefined);
    setTitle('Opening the survey');
    getJoin(code).then(setInfo, (err: unknown) => {
      setTitle('The survey did not open');
      setError(err instanceof ApiError ? err : new ApiError(0, 'Something went wrong', 'Please try again.'));
    });
  };
  load();
  return (
    <PupilShell>
      <Show
        when={info()}
        fallback={
          <Show
            when={error()}
            fallback={
              <p class="loading" role="status">
                Opening the survey…
              </p>
            }
          >
            {(e) => <JoinProblem error={e()} retry={load} />}
          </Show>
        }
      >
        {(i) => <SurveyFlow code={code} info={i()} />}
      </Show>
    </PupilShell>
  );
}
