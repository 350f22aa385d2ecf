import { LANGUAGES, type LanguageCode } from '../../../shared/i18n/languages';
import { later, loadLater } from './app-state';
import { lang, t } from './i18n';

/** Every language named in its own script, so a pupil can find theirs whatever is on screen now. */
export function LanguagePicker() {
  return (
    <label class="lang">
      <span class="vh">{t('language.label')}</span>
      <select
        class="lang-select"
        onChange={(e) => {
          const select = e.currentTarget;
          // If the new language cannot load (no connection), the menu goes back to the one in use.
          void loadLater()
            .then(() => later()?.switchLanguage(select.value as LanguageCode))
            .then(() => (select.value = lang()));
        }}
      >
        {LANGUAGES.map((l) => (
          <option value={l.code} lang={l.code} selected={l.code === lang()}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
