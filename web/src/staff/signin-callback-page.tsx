import { createSignal, Show } from 'solid-js';
import { ApiError, exchangeCode } from './api';
import { navigate, setTitle, url } from '../router';
import '../styles/staff.css';
import { asApiError } from './create-load';
import { ErrorNotice } from './error-notice';
import { SignInFrame } from './signin-frame';
import { takePendingSignIn } from './hosted-signin';
import { checkCallback, type CallbackResult } from './pkce';
import { loadAuthConfig, safeNext, saveToken } from './session';

const AGAIN = 'Sign in again. If this keeps happening, tell the council.';
const PROBLEMS: Record<Exclude<CallbackResult, { ok: true }>['reason'], string> = {
  refused: `The sign-in page did not sign you in. ${AGAIN}`,
  'no-code': `The sign-in page did not send what Heard needs. ${AGAIN}`,
  'no-sign-in': 'This sign-in has already been used, or was started in another tab or window. Sign in again from this one.',
  state: `This sign-in did not start on this page, so Heard did not use it. ${AGAIN}`,
};

/** `/signin/callback?code=&state=`: back from Cognito's hosted page; swaps the code for an ID token. */
export default function SignInCallbackPage() {
  setTitle('Signing in');
  const [error, setError] = createSignal<ApiError>();
  const result = checkCallback(url().searchParams, takePendingSignIn());
  // The code is single-use and short-lived, but still keep it out of the history.
  history.replaceState(null, '', '/signin/callback');
  if (!result.ok) setError(new ApiError(0, 'You are not signed in', PROBLEMS[result.reason]));
  else {
    loadAuthConfig()
      .then((config) => {
        if (config.kind !== 'cognito') throw new ApiError(0, 'You are not signed in', 'This copy of Heard signs people in with a form. Sign in again.');
        return exchangeCode(config, result.code, result.verifier);
      })
      .then(
        (idToken) => {
          saveToken(idToken);
          navigate(safeNext(result.next), true);
        },
        (err: unknown) => setError(asApiError(err)),
      );
  }

  return (
    <SignInFrame>
      <Show
        when={error()}
        fallback={
          <>
            <h1>Signing you in</h1>
            <p role="status">One moment…</p>
          </>
        }
      >
        {(e) => (
          <>
            <h1>Sign in again</h1>
            <ErrorNotice error={e()} />
            <p>
              <a class="btn primary" href="/signin">
                Go to sign in
              </a>
            </p>
          </>
        )}
      </Show>
    </SignInFrame>
  );
}
