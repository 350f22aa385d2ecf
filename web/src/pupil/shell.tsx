import type { JSX } from 'solid-js';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { helpOpen, info, later, openHelp, quickExit, quietOutbox, setHelpOpen } from './app-state';
import { HelpPanel } from './help-panel';
import { lang, t } from './i18n';
import { LanguagePicker } from './language-picker';

/**
 * Every pupil screen: a top bar with the language, Get help and Leave quickly always one tap
 * away, notices about the translation and about answers waiting to send, then the page.
 */
export function Shell(props: { children: JSX.Element }) {
  let toggle!: HTMLButtonElement;
  const close = () => {
    setHelpOpen(false);
    toggle.focus();
  };
  const draft = () => info()?.survey.draftLanguages.includes(lang()) ?? LANGUAGES.find((l) => l.code === lang())?.draft;
  const waiting = () => later()?.outbox.pending() && !quietOutbox();
  return (
    <>
      <a class="skip" href="#main">
        {t('shell.skipToMain')}
      </a>
      <header class="topbar">
        <div class="bar">
          <span class="brand">Heard</span>
          <button type="button" class="exit-btn" aria-describedby="exit-hint" onClick={quickExit}>
            {t('quickExit.button')}
          </button>
          <span id="exit-hint" class="vh">
            {t('quickExit.hint')}
          </span>
        </div>
        <div class="bar">
          <LanguagePicker />
          <button ref={toggle} type="button" class="help-btn" aria-expanded={helpOpen()} aria-controls="help" onClick={() => (helpOpen() ? close() : openHelp())}>
            {t('help.button')}
          </button>
        </div>
      </header>
      <HelpPanel onClose={close} />
      {draft() && t('draft.notice') && <p class="notice">{t('draft.notice')}</p>}
      <div role="status">{waiting() && <p class="notice">{t(later()!.outbox.sending() ? 'offline.sending' : 'offline.saved')}</p>}</div>
      <main id="main" class="page" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
