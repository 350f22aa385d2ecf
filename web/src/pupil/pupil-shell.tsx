import type { JSX } from 'solid-js';
import { HelpPanel } from './help-panel';
import { helpOpen, openHelp, setHelpOpen } from './help-state';

/** Every pupil screen: a top bar whose Get help button is always one tap away, then the page. */
export function PupilShell(props: { children: JSX.Element }) {
  let toggle!: HTMLButtonElement;
  const close = () => {
    setHelpOpen(false);
    toggle.focus();
  };
  return (
    <>
      <a class="skip" href="#main">
        Skip to main content
      </a>
      <header class="topbar">
        <span class="brand">Heard</span>
        <button
          ref={toggle}
          type="button"
          class="help-btn"
          aria-expanded={helpOpen()}
          aria-controls="help"
          onClick={() => (helpOpen() ? close() : openHelp())}
        >
          Get help
        </button>
      </header>
      <HelpPanel onClose={close} />
      <main id="main" class="page" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
