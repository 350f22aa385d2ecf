import { LANGUAGES, type LanguageCode } from '../../shared/i18n/languages';
import { fillPlaceholders } from '../../shared/i18n/placeholders';
import type { PupilStringKey, PupilStrings } from '../../shared/i18n/pupil-strings';
import { PUPIL_TEXT } from '../../shared/i18n/pupil-text';
import type { HeardLine, Localised } from '../../shared/respond/board';
import type { Question } from '../../shared/survey/schema';
import type { JoinInfo } from '../domain/join';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value, safe inside HTML. */
export const escapeHtml = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The questions a pupil is asked: a class code already says the year group (web/src/pupil/survey-state.ts). */
export const askedQuestions = (info: JoinInfo): Question[] =>
  info.survey.questions.filter((q) => !(info.yearGroup && q.kind === 'choice' && q.role === 'yearGroup'));

/**
 * The pupil app's first screen as HTML: the top bar, the introduction and the first question,
 * exactly as the app draws them before anything else has loaded (web/src/pupil/shell.tsx,
 * intro.tsx, question-screen.tsx, step-nav.tsx, in that state). A phone paints this as soon as
 * the page arrives, and the app, once its script has run, draws the same screen in its place.
 * A browser test holds the two to the same elements, attributes and words.
 *
 * Undefined when the first question is not one the first screen can show (free text comes with
 * the later chunk): the page is then sent without it and the app draws everything.
 *
 * Attribute values that need no quotes mostly have none, as in the app's own templates (Solid
 * writes them so): the page's gzip then finds the same markup twice, about 120 bytes fewer for a
 * phone. Values from elsewhere (text, a question's words) stay quoted and escaped, and so do the
 * few that tests/functions/pupil-page.test.ts reads by their spelling.
 */
export function firstScreenHtml(info: JoinInfo, lang: LanguageCode, text: Partial<PupilStrings>): string | undefined {
  const questions = askedQuestions(info);
  const q = questions[0];
  if (!q || q.kind === 'text') return undefined;
  const total = questions.length;
  const t = (key: PupilStringKey, vars: Record<string, string | number> = {}) =>
    escapeHtml(fillPlaceholders(text[key] ?? '', vars));
  const strings = info.survey.strings[info.survey.languages[0]!] ?? {};
  const st = (key: string) => escapeHtml(strings[key] ?? key);

  const languages = LANGUAGES.map((l) => `<option value="${l.code}" lang="${l.code}"${l.code === lang ? ' selected' : ''}>${escapeHtml(l.name)}</option>`).join('');
  const values: (string | number | null)[] = [...(q.kind === 'choice' ? q.options : [0, 1, 2, 3, 4]), null];
  const option = (v: string | number | null) =>
    `<label class=option><input type="radio" name="${q.id}">` +
    (q.kind === 'faces' && v !== null ? face(v as number) : '') +
    `<span>${v === null ? t('answer.preferNotToSay') : st(q.kind === 'choice' ? `q.${q.id}.${v}` : `anchor.${q.anchors}.${v}`)}</span></label>`;
  const progress = t('progress.questionOf', { n: 1, total });
  const secondary = info.survey.audience !== 'primary';

  return (
    `<a class=skip href=#main>${t('shell.skipToMain')}</a>` +
    `<header class=topbar><div class=bar><span class=brand>Heard</span>` +
    `<button type=button class=exit-btn aria-describedby=exit-hint>${t('quickExit.button')}</button>` +
    `<span id=exit-hint class=vh>${t('quickExit.hint')}</span></div>` +
    `<div class=bar><label class=lang><span class=vh>${t('language.label')}</span><select class=lang-select>${languages}</select></label>` +
    `<button type=button class=help-btn aria-expanded=false aria-controls=help>${t('help.button')}</button></div></header>` +
    `<section id=help class=help aria-labelledby=help-title hidden><h2 id=help-title tabindex=-1>${t('help.button')}</h2>` +
    `<button type=button class="btn secondary">${t('help.close')}</button></section>` +
    `<div role=status></div>` +
    `<main id=main class=page tabindex=-1><form>` +
    `<h1 tabindex="-1">${st('title')}</h1>` +
    `<p class=lead>${t('intro.forPupilsAt', { setting: info.setting.name })}</p>` +
    `<ul class=points><li>${t('intro.anonymous')}</li><li>${t('intro.skipAny')}</li>` +
    (secondary ? `<li>${t('intro.length', { total })}</li><li>${t('intro.together')}</li>` : '') +
    `</ul><p><a href=#help>${t('intro.helpLink')}</a></p>` +
    `<div class=progress><p aria-hidden=true>${progress}</p>` +
    `<progress max=${total} value=1 aria-label="${t('progress.label')}" aria-valuetext="${progress}"></progress></div>` +
    `<fieldset class=question><legend><h2 elementtiming="question">${st(`q.${q.id}`)}</h2></legend>` +
    `<div class="options ${q.kind}">${values.slice(0, -1).map(option).join('')}</div>` +
    `<div class="options other">${option(null)}</div></fieldset>` +
    `<div class=step-nav><button type=button class="btn secondary">${t('nav.skip')}</button>` +
    `<button type=submit class="btn primary next">${t('nav.next')}</button></div>` +
    `${info.heard ? heardLine(info.heard, lang) : ''}</form></main>`
  );
}

/**
 * web/src/pupil/heard-line.tsx: what pupils said last time and the answer, staff's own words in
 * the pupil's language or else in English (marked so). The app adds a draft mark to a translated
 * text once the rest of its interface text has come; this screen is drawn before then.
 */
function heardLine(line: HeardLine, lang: LanguageCode): string {
  // Its labels are not among the first-screen words the app carries (it keeps this line as drawn).
  const text = PUPIL_TEXT[lang];
  const t = (key: 'heard.said' | 'heard.did' | 'heard.more') => escapeHtml(text[key] ?? PUPIL_TEXT.en[key]!);
  const part = (l: Localised) => `<bdi lang=${l.lang}>${escapeHtml(l.text)}</bdi>`;
  return (
    `<p class="notice heard"><b>${t('heard.said')}</b> ${part(line.said)}<br>` +
    `<b>${t('heard.did')}</b> ${part(line.did)}<br><a href="${escapeHtml(line.href)}">${t('heard.more')}</a></p>`
  );
}

/** web/src/pupil/face-icon.tsx, from very sad (0) to very happy (4). */
function face(value: number): string {
  const curve = (value - 2) * 4;
  return (
    `<svg class="face" viewBox="0 0 32 32" aria-hidden=true><circle class=face-head cx=16 cy=16 r=14></circle>` +
    `<circle cx=11 cy=12.5 r=2></circle><circle cx=21 cy=12.5 r=2></circle>` +
    `<path class=face-mouth d="M10 ${21 - curve / 2}Q16 ${21 + curve} 22 ${21 - curve / 2}"></path></svg>`
  );
}
