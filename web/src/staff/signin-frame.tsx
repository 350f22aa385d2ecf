import type { JSX } from 'solid-js';

/** The sign-in pages' frame: the brand, not yet a link to reports, and the page. */
export function SignInFrame(props: { children: JSX.Element }) {
  return (
    <>
      <header class="staff-top">
        <span class="brand">
          Heard <span class="brand-sub">reports</span>
        </span>
      </header>
      <main id="main" class="page narrow">
        {props.children}
      </main>
    </>
  );
}
