import { createSignal, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { readJoin, type JoinInfo } from '../api';
import { gone, kept, loadLater, setInfo } from './app-state';
import { useStrings } from './i18n';
import { Shell } from './shell';
import { loadFirstText, type Text } from './strings';
import { SurveyPage } from './survey-page';

/** `joined`: the survey the server put in the page; otherwise `join`, the request for it. */
export type Boot = { lang: LanguageCode; code?: string; join?: Promise<Response>; joined?: JoinInfo; strings: Promise<Text>; parsed: Promise<unknown> };

/** The home page and "not found" are not on the way to a survey, so they load on their own. */
function OtherPage() {
  const [view, setView] = createSignal<JSX.Element>();
  import('./home').then((m) => m.restReady.then(() => setView(location.pathname === '/' ? <m.HomePage /> : <m.NotFoundPage />)));
  return <>{view()}</>;
}

/**
 * Calls `then` once a first question has been painted (Element Timing): the app's own, or with
 * `drawn`, the one the server drew, which may have been painted before this ran. So what loads
 * later never competes with the first screen. Where the browser cannot tell (Safari), soon after
 * the survey has arrived; and if the question is not on screen (high zoom), after `wait` ms.
 */
function afterFirstQuestion(survey: Promise<unknown>, then: () => void, drawn = false, wait = 3000) {
  if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
    const timer = setTimeout(() => {
      observer.disconnect();
      then();
    }, wait);
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      then();
    });
    observer.observe({ type: 'element', buffered: drawn });
  } else {
    survey.then(() => requestAnimationFrame(() => setTimeout(then, drawn ? 0 : 500)), then);
  }
}

/**
 * Renders the pupil app as soon as its text is here (English comes with the page; if the chosen
 * language cannot load, English) and the page is parsed: the top bar is laid out and painted
 * while the survey is still on its way, so only the question is left to draw when it arrives.
 * Until then the page says it is opening the survey (after a second: see `.loading`).
 *
 * On a survey link the server has drawn the first screen already and sent the survey with it,
 * inert until the app has drawn the same screen in its place, in one go (nothing on screen
 * moves): a tap in between could not do what the pupil meant.
 */
export function start(boot: Boot) {
  let lang = boot.lang;
  if (boot.joined) setInfo(boot.joined);
  const join = boot.joined ? Promise.resolve(boot.joined) : boot.join && readJoin(boot.join);
  const root = document.getElementById('root')!;
  // The server's screen is painted first: on a slow phone the app's work would otherwise hold it back.
  const drawn = boot.joined && new Promise<void>((done) => afterFirstQuestion(join!, done, true, 1000));
  Promise.all([boot.strings.catch(() => loadFirstText((lang = 'en'))), boot.parsed, drawn]).then(([strings]) => {
    useStrings(lang, strings);
    kept.heard = root.querySelector('.heard');
    root.textContent = '';
    render(() => (gone() ? null : <Shell>{boot.code ? <SurveyPage code={boot.code} join={join!} /> : <OtherPage />}</Shell>), root);
    root.removeAttribute('inert');
    if (join) afterFirstQuestion(join, loadLater);
    else requestAnimationFrame(() => setTimeout(loadLater, 500));
  });
}
