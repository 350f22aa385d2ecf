import { render } from 'solid-js/web';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { chooseLanguage } from '../../../shared/pupil/language';
import { BoardPage } from './board-page';
import { TopBar } from './top-bar';
import { WallBoard } from './wall-board';
import { where, type Where } from './where';
import { draftLanguage, LANG_KEY, OFFERED, useLanguage, w } from './words';
import page from './you-said.css?url';
import wall from './wall.css?url';

/**
 * Adds a stylesheet and says when it has loaded. The page's sheets are fetched here, not by boot.ts
 * as a chunk's CSS would be: naming them there would add to every pupil's page.
 */
function styled(href: string) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((done) => (link.onload = link.onerror = done));
  document.head.append(link);
  return loaded;
}

/**
 * The public "You said, we did" pages (boot.ts loads this for `/you-said…`): the city's or a
 * setting's page, or its A4 board, in the language chosen on this device before (the survey's
 * choice too), else the browser's first that Heard offers. Nothing of the staff pages loads.
 *
 * The board (and its QR code encoder, a few kilobytes) is in this chunk, not loaded on its own:
 * a chunk that another imports from and boot.ts imports too needs the bundler's runtime helpers,
 * which would then be one more file a pupil's page can reach.
 */
export function start() {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage switched off: choose from the browser's languages.
  }
  const root = document.getElementById('root')!;
  const at = where(location.pathname);
  void Promise.all([
    styled(page),
    at?.wall && styled(wall),
    useLanguage(chooseLanguage(stored, navigator.languages ?? [], OFFERED, 'en')),
  ]).then(() => {
    root.textContent = '';
    render(() => <YouSaid at={at} />, root);
  });
}

function YouSaid(props: { at: Where }) {
  const choose = (code: LanguageCode) => void useLanguage(code, true);
  return (
    <>
      <TopBar choose={choose} />
      {draftLanguage() && <p class="notice">{w('draft.notice')}</p>}
      {!props.at ? <NotFound /> : props.at.wall ? <WallBoard settingId={props.at.settingId} /> : <BoardPage settingId={props.at.settingId} />}
    </>
  );
}

function NotFound() {
  return (
    <main id="main" class="page you-said" tabindex="-1">
      <h1>{w('page.title')}</h1>
      <p class="problem">{w('page.notFound')}</p>
    </main>
  );
}
