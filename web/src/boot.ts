import './styles/pupil.css';
import { chooseLanguage } from '../../shared/pupil/language';
import { joinPath, STAFF_PATH } from './paths';
import { normaliseCode } from './pupil/join-code';
import { LANG_KEY, loadFirstText, OFFERED } from './pupil/strings';

/**
 * The first script on every page, kept tiny. On a survey link it asks for the survey and the
 * interface text at once, while the app itself is still downloading (index.html preloads it):
 * on a slow phone connection each round trip saved is a fifth of a second.
 */
const path = location.pathname;

const failed = () => {
  document.getElementById('root')!.textContent = 'Heard did not load. Check your connection, then reload the page.';
};

if (STAFF_PATH.test(path)) {
  import('./staff/main').then((m) => m.start(), failed);
} else {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage switched off: choose from the browser's languages.
  }
  const lang = chooseLanguage(stored, navigator.languages ?? [], OFFERED, 'en');
  let code = /^\/j\/([^/]+)\/?$/.exec(path)?.[1];
  try {
    code &&= normaliseCode(decodeURIComponent(code));
  } catch {
    code = normaliseCode(code!);
  }
  // A plain GET (no cookies exist to send): it can then reuse a response the server asked the
  // browser to preload with the page (`Link: <…>; rel=preload; as=fetch; crossorigin`).
  const join = code ? fetch(joinPath(code, lang)) : undefined;
  join?.catch(() => {}); // answered on screen once the app has loaded
  const strings = loadFirstText(lang);
  strings.catch(() => {});
  import('./pupil/main').then((m) => m.start({ lang, code, join, strings }), failed);
}
