import type { ApiError } from '../api';
import { ErrorNotice } from '../error-notice';
import { focusNow } from './form';

/** The API's refusal in its own words, focused so it is read out and seen at once. */
export function Refusal(props: { error: ApiError }) {
  return (
    <div class="refusal" tabindex="-1" ref={focusNow}>
      <ErrorNotice error={props.error} />
    </div>
  );
}
