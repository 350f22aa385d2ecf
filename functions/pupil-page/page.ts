import { LANGUAGES, type LanguageCode } from '../../shared/i18n/languages';
import { fillPlaceholders } from '../../shared/i18n/placeholders';
import { pupilTextPart } from '../../shared/i18n/pupil-text';
import { PAGE_DATA_ID, type PageData } from '../../shared/pupil/page-data';
import type { JoinInfo } from '../domain/join';
import { escapeHtml, firstScreenHtml } from './first-screen';


const HTML_TAG = /<html\b[^>]*>/;
const TITLE = /<title>[^<]*<\/title>/;
const ROOT = '<div id="root"></div>';

/** Throws unless `template` is the web build's index.html, with the places this fills in. */
export function checkTemplate(template: string): string {
  for (const [what, found] of [
    ['<html>', HTML_TAG.test(template)],
    ['<title>', TITLE.test(template)],
    [ROOT, template.includes(ROOT)],
  ] as const) {
    if (!found) throw new Error(`the pupil page template has no ${what}: is it the web build's index.html?`);
  }
  return template;
}

/**
 * A survey link's page: the web build's index.html with the first screen already in it as HTML,
 * in the pupil's language and direction, and the survey as data for the app. A phone on a slow
 * connection then shows the first question after one round trip, without waiting for the script,
 * and the app needs no second request for the survey.
 *
 * The screen is `inert` until the app has drawn its own in its place (web/src/pupil/main.tsx): a
 * pupil sees the question at once, but a tap before then, which the page could not act on as
 * meant (Next would submit the form to the server), does nothing.
 *
 * The data block is JSON, not script: nothing in it runs, and the CSP's hashes for the page's
 * own inline script and style still match. `<` is escaped so no text can close the block.
 */
export function fillPage(template: string, code: string, lang: LanguageCode, join: JoinInfo): string {
  const language = LANGUAGES.find((l) => l.code === lang)!;
  const first = pupilTextPart(lang, 'first');
  const markup = firstScreenHtml(join, lang, first) ?? '';
  // English comes inside the page's script already.
  const data: PageData<JoinInfo> = { code, lang, join, ...(lang === 'en' ? {} : { text: first as Record<string, string> }) };
  const title = fillPlaceholders(first['app.pageTitle'] ?? '{page}', { page: join.survey.strings[join.survey.languages[0]!]?.title ?? 'Heard' });
  return template
    .replace(HTML_TAG, `<html lang="${lang}" dir="${language.dir}"${join.survey.audience === 'primary' ? ' class="primary"' : ''}>`)
    .replace(TITLE, () => `<title>${escapeHtml(title)}</title>`)
    .replace(ROOT, () => `<div id="root"${markup ? ' inert' : ''}>${markup}</div><script type="application/json" id="${PAGE_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);
}
