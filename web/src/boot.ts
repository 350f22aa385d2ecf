import './styles/pupil.css';
import { chooseLanguage } from '../../shared/pupil/language';
import { joinPath, STAFF_PATH } from './paths';
import { normaliseCode } from '../../shared/join-code';
import { start } from './pupil/main';
import { LANG_KEY, loadFirstText, OFFERED } from './pupil/strings';

/**
 * The page's one script. The build puts it, with the pupil app's first screen and its English
 * text, inside index.html itself, at the top of the page (web/vite.config.ts): a pupil's phone
 * then needs no second round trip for code (on a slow connection each is a fifth of a second),
 * and has run all this by the time the survey arrives. On a survey link the survey has usually
 * been asked for already, with the page (a `Link: rel=preload` header).
 */
const path = location.pathname;

/** The script runs before the rest of the page is parsed: anything that writes to it waits for this. */
const parsed = new Promise<unknown>((done) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', done, { once: true }) : done(0)));

const failed = () =>
  void parsed.then(() => {
    document.getElementById('root')!.textContent = 'Heard did not load. Check your connection, then reload the page.';
  });

if (STAFF_PATH.test(path)) {
  Promise.all([import('./staff/main'), parsed]).then(([m]) => m.start(), failed);
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
  // A plain GET (no cookies exist to send): it can then reuse the response the server asked the
  // browser to preload with the page (`Link: <…>; rel=preload; as=fetch; crossorigin`).
  const join = code ? fetch(joinPath(code, lang)) : undefined;
  join?.catch(() => {}); // answered on screen by the app
  const strings = loadFirstText(lang);
  strings.catch(() => {});
  start({ lang, code, join, strings, parsed });
}
