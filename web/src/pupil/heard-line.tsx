import type { Localised } from '../../../shared/respond/board';
import { info } from './app-state';
import { t } from './i18n';

const part = (l: Localised) => {
  const code = l.lang;
  return <bdi lang={code}>{l.text + (l.draft ? ` ${t('heard.draft')}` : '')}</bdi>;
};

/**
 * "Last time you told us … Our answer: …" (`heard` of the survey), with the rest one tap away on
 * the public page: below the first question, which the server draws the same
 * (functions/pupil-page/first-screen.ts) and the app keeps as drawn until this, in the later
 * chunk, is here; and on the thank-you screen. Put in JSX as `{heardLine()}`, it is drawn again
 * when the survey comes in another language.
 *
 * The texts are staff's own words, in the pupil's language when translated (a draft, so marked
 * once the rest of the interface text has come; the server's screen is drawn before then), else in
 * English. Each says its language (`lang="en"` on an Arabic page), and `<bdi>` keeps an English
 * sentence's full stop at its end inside Arabic or Urdu.
 */
export function heardLine() {
  const line = info()?.heard;
  const href = line?.href;
  return (
    line && (
      <p class="notice heard">
        <b>{t('heard.said')}</b> {part(line.said)}
        <br />
        <b>{t('heard.did')}</b> {part(line.did)}
        <br />
        <a href={href}>{t('heard.more')}</a>
      </p>
    )
  );
}
