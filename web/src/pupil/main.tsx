import { createSignal, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { readJoin } from '../api';
import { gone, loadLater, setInfo } from './app-state';
import { useStrings } from './i18n';
import { Shell } from './shell';
import { loadFirstText, type Text } from './strings';
import { SurveyPage } from './survey-page';

export type Boot = { lang: LanguageCode; code?: string; join?: Promise<Response>; strings: Promise<Text> };

/** The home page and "not found" are not on the way to a survey, so they load on their own. */
function OtherPage() {
  const [view, setView] = createSignal<JSX.Element>();
  import('./home').then((m) => m.restReady.then(() => setView(location.pathname === '/' ? <m.HomePage /> : <m.NotFoundPage />)));
  return <>{view()}</>;
}

/**
 * Calls `then` once the first question has been painted (Element Timing), so what loads later
 * never competes with the first screen; where the browser cannot tell (Safari), soon after.
 */
function afterFirstQuestion(then: () => void) {
  const once = () => {
    observer.disconnect();
    if (!done) then();
    done = true;
  };
  let done = false;
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'element' });
  requestAnimationFrame(() => setTimeout(once, 500));
}

/**
 * Renders the pupil app once its text has arrived (English if the chosen language cannot load)
 * and, on a survey link, the survey too: one render and one layout instead of two on a slow
 * phone. A survey slower than a second gets the page, saying it is opening, meanwhile.
 */
export function start(boot: Boot) {
  let lang = boot.lang;
  const join = boot.join && readJoin(boot.join);
  const settled = join && Promise.race([join.catch(() => undefined), new Promise<undefined>((wait) => setTimeout(wait, 1000))]);
  Promise.all([boot.strings.catch(() => loadFirstText((lang = 'en'))), settled]).then(([strings, joined]) => {
    useStrings(lang, strings);
    if (joined) setInfo(joined);
    render(
      () => (gone() ? null : <Shell>{boot.code ? <SurveyPage code={boot.code} join={join!} /> : <OtherPage />}</Shell>),
      document.getElementById('root')!,
    );
    afterFirstQuestion(loadLater);
  });
}
