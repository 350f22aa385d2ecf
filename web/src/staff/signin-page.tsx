import { createSignal, Match, Show, Switch } from 'solid-js';
import { signIn, type ApiError } from './api';
import { focusOnArrival, navigate, setTitle, url } from '../router';
import '../styles/staff.css';
import { asApiError, createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { SignInFrame } from './signin-frame';
import { startHostedSignIn } from './hosted-signin';
import type { CognitoConfig } from './pkce';
import { loadAuthConfig, safeNext, saveToken, token } from './session';

const nextPage = () => safeNext(url().searchParams.get('next'));

/** In AWS: one button to the council's sign-in page (Cognito), which comes back to /signin/callback. */
function HostedSignIn(props: { config: CognitoConfig }) {
  const [leaving, setLeaving] = createSignal(false);
  const go = () => {
    setLeaving(true);
    startHostedSignIn(props.config, nextPage()).catch(() => setLeaving(false));
  };
  return (
    <div class="stack">
      <p>You will go to the council's sign-in page, then come back here to your reports.</p>
      <button type="button" class="btn primary" aria-disabled={leaving()} onClick={() => !leaving() && go()}>
        {leaving() ? 'Opening the sign-in page…' : 'Sign in'}
      </button>
    </div>
  );
}

export default function SignInPage() {
  setTitle('Sign in');
  const config = createLoad(() => true, loadAuthConfig);
  const hosted = () => {
    const c = config.data();
    return c?.kind === 'cognito' ? c : undefined;
  };
  const [error, setError] = createSignal<ApiError>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      const result = await signIn(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
      saveToken(result.token);
      navigate(nextPage(), true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInFrame>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Sign in
      </h1>
      <p>
        For school staff, the youth council and the council. Pupils do not sign in: they <a href="/">type a join code</a>.
      </p>
      <Show when={token()}>
        <p class="note">
          You are already signed in. <a href="/reports">Go to your reports</a>.
        </p>
      </Show>
      <Show when={config.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Switch
        fallback={
          <Show when={!config.error()}>
            <p role="status" class="loading">
              Loading…
            </p>
          </Show>
        }
      >
        <Match when={hosted()}>{(c) => <HostedSignIn config={c()} />}</Match>
        <Match when={config.data()?.kind === 'local'}>
          <section class="note" aria-labelledby="demo-title">
            <h2 id="demo-title">Demo accounts work on this computer only</h2>
            <p>
              When Heard runs locally (<code>npm start</code>) you can sign in as <code>admin</code>, <code>youth</code> or{' '}
              <code>staff-</code> followed by a setting id, such as <code>staff-oakwood-high</code>. The password is{' '}
              <code>demo</code>. A real deployment signs people in through the council's account service instead.
            </p>
          </section>
          <Show when={error()}>{(err) => <ErrorNotice error={err()} />}</Show>
          <form class="stack" onSubmit={submit}>
            <div class="field">
              <label class="label" for="username">
                Username
              </label>
              <input id="username" name="username" class="input" autocomplete="username" autocapitalize="none" spellcheck={false} required />
            </div>
            <div class="field">
              <label class="label" for="password">
                Password
              </label>
              <input id="password" name="password" type="password" class="input" autocomplete="current-password" required />
            </div>
            <button type="submit" class="btn primary" aria-disabled={busy()}>
              {busy() ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </Match>
      </Switch>
    </SignInFrame>
  );
}
