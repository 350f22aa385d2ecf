import { createSignal, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { readJoin } from '../api';
import { gone, loadLater } from './app-state';
import { useStrings } from './i18n';
import { Shell } from './shell';
import { loadFirstText, type Text } from './strings';
import { SurveyPage } from './survey-page';

export type Boot = { lang: LanguageCode; code?: string; join?: Promise<Response>; strings: Promise<Text>; parsed: Promise<unknown> };

/** The home page and "not found" are not on the way to a survey, so they load on their own. */
function OtherPage() {
  const [view, setView] = createSignal<JSX.Element>();
  import('./home').then((m) => m.restReady.then(() => setView(location.pathname === '/' ? <m.HomePage /> : <m.NotFoundPage />)));
  return <>{view()}</>;
}

/**
 * Calls `then` once the first question has been painted (Element Timing), so what loads later
 * never competes with the first screen; where the browser cannot tell (Safari), soon after the
 * survey has arrived.
 */
function afterFirstQuestion(survey: Promise<unknown>, then: () => void) {
  if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      then();
    });
    observer.observe({ type: 'element' });
  } else {
    survey.then(() => requestAnimationFrame(() => setTimeout(then, 500)), then);
  }
}

/**
 * Renders the pupil app as soon as its text is here (English comes with the page; if the chosen
 * language cannot load, English) and the page is parsed: the top bar is laid out and painted
 * while the survey is still on its way, so only the question is left to draw when it arrives.
 * Until then the page says it is opening the survey (after a second: see `.loading`).
 */
export function start(boot: Boot) {
  let lang = boot.lang;
  const join = boot.join && readJoin(boot.join);
  Promise.all([boot.strings.catch(() => loadFirstText((lang = 'en'))), boot.parsed]).then(([strings]) => {
    useStrings(lang, strings);
    render(
      () => (gone() ? null : <Shell>{boot.code ? <SurveyPage code={boot.code} join={join!} /> : <OtherPage />}</Shell>),
      document.getElementById('root')!,
    );
    if (join) afterFirstQuestion(join, loadLater);
    else requestAnimationFrame(() => setTimeout(loadLater, 500));
  });
}
