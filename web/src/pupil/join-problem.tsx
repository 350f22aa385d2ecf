import type { ApiError } from '../api';
import { focusOnArrival } from '../router';
import { CodeForm } from './code-form';

/** Why the survey did not open, in plain words, and what to do next. */
export function JoinProblem(props: { error: ApiError; retry: () => void }) {
  const closed = () => props.error.code === 'wave.closed';
  const unknown = () => !closed() && props.error.status === 404;
  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        {closed() ? 'This survey is closed' : unknown() ? 'We could not find that survey' : props.error.title}
      </h1>
      <p>{props.error.detail}</p>
      {unknown() ? (
        <CodeForm label="Type your join code again" />
      ) : closed() ? null : (
        <button type="button" class="btn primary" onClick={() => props.retry()}>
          Try again
        </button>
      )}
    </>
  );
}
