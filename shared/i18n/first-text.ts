import type { PupilStringKey } from './pupil-strings';

/**
 * The interface text the first screen needs (top bar, Get help, introduction, a question). The
 * build (`web/vite.config.ts`) makes two files per language from shared/i18n: these keys, sent
 * with the first screen, and the rest, fetched with the later chunk once the first question is
 * on screen. Get help's own words come with the rest (the panel has the numbers meanwhile), and
 * so do the notices about a resumed survey or a draft translation, a moment after the screen
 * (the "Last time you told us" line too: the server draws it, and the app keeps it as drawn until
 * the rest has come).
 */
export const FIRST_TEXT: readonly PupilStringKey[] = [
  'app.pageTitle',
  'app.loading',
  'shell.skipToMain',
  'help.button',
  'help.close',
  'nav.back',
  'nav.skip',
  'nav.next',
  'survey.opening.pageTitle',
  'survey.opening',
  'intro.forPupilsAt',
  'intro.anonymous',
  'intro.skipAny',
  'intro.length',
  'intro.together',
  'intro.helpLink',
  'progress.questionOf',
  'progress.label',
  'answer.preferNotToSay',
  'language.label',
  'quickExit.button',
  'quickExit.hint',
  'startAgain.button',
  'startAgain.confirm',
];
