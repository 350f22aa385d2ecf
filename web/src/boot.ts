import './styles/pupil.css';
import { chooseLanguage } from '../../shared/pupil/language';
import { PAGE_DATA_ID, type PageData } from '../../shared/pupil/page-data';
import type { JoinInfo } from './api';
import { joinPath, STAFF_PATH, YOU_SAID_PATH } from './paths';
import { normaliseCode } from '../../shared/join-code';
import { start } from './pupil/main';
import { LANG_KEY, loadFirstText, OFFERED } from './pupil/strings';

/**
 * The page's script. The build puts it, with the pupil app's first screen and its English
 * text, inside index.html itself, at the end of the page (web/vite.config.ts): a pupil's phone
 * then needs no second round trip for code (on a slow connection each is a fifth of a second).
 * On a survey link the server has drawn the first screen above it as HTML, and put the survey
 * (and, in another language than English, its first-screen text) in a data block: the app takes
 * the page over from there, with nothing more to fetch.
 */
const path = location.pathname;

/** The page is parsed by the time this runs (after the first frame); anything that writes to it still waits for this, not on that. */
const parsed = new Promise<unknown>((done) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', done, { once: true }) : done(0)));

const failed = () =>
  void parsed.then(() => {
    document.getElementById('root')!.textContent = 'Heard did not load. Check your connection, then reload the page.';
  });

// Pages of their own, each loaded when asked for: the staff pages, and the public "You said, we did".
const other = STAFF_PATH.test(path) ? import('./staff/main') : YOU_SAID_PATH.test(path) ? import('./you-said/start') : 0;
if (other) {
  Promise.all([other, parsed]).then(([m]) => m.start(), failed);
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
  const data = pageData(code, lang);
  const join = data || !code ? undefined : fetch(joinPath(code, lang));
  join?.catch(() => {}); // answered on screen by the app
  const strings = data?.text ? Promise.resolve(data.text) : loadFirstText(lang);
  strings.catch(() => {});
  start({ lang, code, join, joined: data?.join, strings, parsed });
}

/** The data the server drew this page with, if it was drawn for this code in this language. */
function pageData(code: string | undefined, lang: string): PageData<JoinInfo> | undefined {
  try {
    const data = JSON.parse(document.getElementById(PAGE_DATA_ID)?.textContent || 'null') as PageData<JoinInfo> | null;
    // A page kept for offline use may be another survey's, and a pupil may have chosen another language here before.
    return data && data.code === code && data.lang === lang ? data : undefined;
  } catch {
    return undefined;
  }
}
