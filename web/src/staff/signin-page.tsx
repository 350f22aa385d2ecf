import { createSignal, Show } from 'solid-js';
import { signIn, type ApiError } from './api';
import { focusOnArrival, navigate, setTitle, url } from '../router';
import '../styles/staff.css';
import { asApiError } from './create-load';
import { ErrorNotice } from './error-notice';
import { saveToken, token } from './session';

/** Only a path on this site, so a crafted link cannot send someone elsewhere after sign-in. */
function nextPage(): string {
  const next = url().searchParams.get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/reports';
}

export default function SignInPage() {
  setTitle('Sign in');
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
    <>
      <header class="staff-top">
        <span class="brand">
          Heard <span class="brand-sub">reports</span>
        </span>
      </header>
      <main id="main" class="page narrow">
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
      </main>
    </>
  );
}
