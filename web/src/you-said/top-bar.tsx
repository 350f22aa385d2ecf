import { For } from 'solid-js';
import { LANGUAGES, type LanguageCode } from '../../../shared/i18n/languages';
import { lang, w } from './words';

/** The brand and a language menu like the survey's: every language named in its own script. */
export function TopBar(props: { choose: (code: LanguageCode) => void }) {
  return (
    <>
      <a class="skip" href="#main">
        {w('page.skip')}
      </a>
      <header class="topbar">
        <div class="bar">
          <span class="brand">Heard</span>
          <label class="lang">
            <span class="vh">{w('language.label')}</span>
            <select class="lang-select" onChange={(e) => props.choose(e.currentTarget.value as LanguageCode)}>
              <For each={LANGUAGES}>
                {(l) => (
                  <option value={l.code} lang={l.code} selected={l.code === lang()}>
                    {l.name}
                  </option>
                )}
              </For>
            </select>
          </label>
        </div>
      </header>
    </>
  );
}
