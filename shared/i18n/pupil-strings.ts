/**
 * Every piece of interface text a pupil can see, in English, keyed for translation.
 * Translations live in `shared/i18n/pupil/<lang>.ts` (drafts: see docs/translations.md).
 *
 * Rules for the text and for whoever renders it:
 * - `{name}` placeholders are filled in by the app; a translation keeps the same placeholders.
 * - Brand names (Heard, Childline, Shout, Kooth), the word SHOUT and the numbers 0800 1111,
 *   85258 and 999 appear literally in every language. The app can wrap them in a link or
 *   `<strong>` by exact match. In right-to-left languages put numbers and codes inside
 *   `<bdi dir="ltr">` (or a link with `dir="ltr"`), or "0800 1111" is shown as "1111 0800".
 * - Texts that name a button ("Get help", "Send my answers") must use that button's words
 *   in the same language: `text.hint` names `help.button`, `review.stillHere` names `review.send`.
 *
 * Most English below is copied from web/src/pupil/*, web/src/router.tsx, web/src/main.tsx and
 * web/index.html; `error.*` comes from web/src/api.ts and the API's problem messages a pupil
 * can meet (functions/domain/join.ts, functions/domain/responses.ts, functions/http/*).
 * Keys marked "new" are for the next version of the app and are not shown yet.
 */
export const PUPIL_STRING_KEYS = [
  // Page frame (index.html, router, main.tsx, pupil-shell)
  'app.name',
  'app.pageTitle',
  'app.description',
  'app.noscript',
  'app.loading',
  'app.pageFailed.heading',
  'app.pageFailed.body',
  'shell.skipToMain',
  // Get help panel
  'help.button',
  'help.title',
  'help.intro',
  'help.trustedAdult',
  'help.lead',
  'help.childline.text',
  'help.shout.text',
  'help.kooth.text',
  'help.kooth.link',
  'help.danger',
  'help.close',
  // Controls used on many screens
  'nav.start',
  'nav.back',
  'nav.skip',
  'nav.next',
  'nav.tryAgain',
  // Home page and join code
  'home.pageTitle',
  'home.heading',
  'home.intro',
  'home.staffSignIn',
  'code.label',
  'code.labelAgain',
  'code.hint',
  'code.error.length',
  // Opening a survey
  'survey.opening.pageTitle',
  'survey.opening',
  'survey.failed.pageTitle',
  'join.closed.heading',
  'join.unknown.heading',
  'join.used.heading',
  'join.tooMany.heading',
  'error.tooMany.detail',
  'notFound.pageTitle',
  'notFound.heading',
  'notFound.body',
  'notFound.startLink',
  // Intro screen
  'intro.forPupilsAt',
  'intro.anonymous',
  'intro.skipAny',
  'intro.length',
  'intro.together',
  'intro.helpLink',
  // Question screens
  'progress.questionOf',
  'progress.label',
  'answer.preferNotToSay',
  'answer.skipped',
  'answer.nothingWritten',
  'text.hint',
  'text.remaining',
  // Review screen
  'review.heading',
  'review.answeredOf',
  'review.checkAnswers',
  'review.change',
  'review.changeLabel',
  'review.stillHere',
  'review.send',
  'review.nothing',
  'review.sending',
  // Thank-you screen
  'thanks.pageTitle',
  'thanks.heading',
  'thanks.together',
  'thanks.response',
  'thanks.close',
  // Problems (api.ts and the API's messages)
  'error.noConnection.title',
  'error.noConnection.detail',
  'error.generic.title',
  'error.generic.detail',
  'error.generic.detailLater',
  'error.server.title',
  'error.server.detail',
  'error.notFound.title',
  'error.codeUnknown.detail',
  'error.waveClosed.detail',
  'error.codeUsed.detail',
  'error.notOpen.detail',
  'error.notPossible.title',
  'error.sendClosed.detail',
  'error.tooLarge.title',
  'error.tooLarge.detail',
  'error.invalid.title',
  'error.invalid.detail',
  'error.rejected.title',
  // New: next version of the app
  'language.label',
  'language.choose',
  'readAloud.button',
  'readAloud.stop',
  'quickExit.button',
  'quickExit.hint',
  'offline.saved',
  'offline.sending',
  'startAgain.button',
  'startAgain.confirm',
  'support.title',
  'support.body',
  'support.continue',
  'resume.notice',
  'resume.offer',
  'resume.carryOn',
  'resume.fresh',
  'draft.notice',
  // "Last time you told us … so we …" (shared/respond/board.ts HeardLine): first screen and thank-you screen
  'heard.said',
  'heard.did',
  'heard.more',
  'heard.draft',
] as const;

export type PupilStringKey = (typeof PUPIL_STRING_KEYS)[number];
export type PupilStrings = Record<PupilStringKey, string>;

export const pupilEn: PupilStrings = {
  'app.name': 'Heard',
  /** document.title, set by router.tsx `setTitle`. */
  'app.pageTitle': '{page} – Heard',
  'app.description': 'Heard: tell your school and the council how school is for you. No names.',
  'app.noscript': 'Heard needs JavaScript to work. Please turn it on, or ask your teacher for help.',
  'app.loading': 'Loading…',
  'app.pageFailed.heading': 'This page did not load',
  'app.pageFailed.body': 'Check your internet connection, then reload the page.',
  'shell.skipToMain': 'Skip to main content',

  /** The top-bar button on every screen. */
  'help.button': 'Get help',
  'help.title': 'Get help',
  'help.intro': 'If something is worrying you, you do not have to deal with it on your own.',
  'help.trustedAdult': "Talk to an adult you trust at school, like a teacher or the school's safeguarding lead.",
  /** New. */
  'help.lead': "Your school's safeguarding lead is {name}. You can ask to talk to them.",
  'help.childline.text': 'Call Childline for free, any time: 0800 1111',
  'help.shout.text': 'Text SHOUT to 85258, for free, any time',
  /** {link} is the link whose words are `help.kooth.link`. */
  'help.kooth.text': 'Chat online with Kooth: {link}',
  'help.kooth.link': 'kooth.com (opens in a new tab)',
  'help.danger': 'If you are in danger right now, call 999.',
  'help.close': 'Close help',

  'nav.start': 'Start',
  'nav.back': 'Back',
  'nav.skip': 'Skip',
  'nav.next': 'Next',
  'nav.tryAgain': 'Try again',

  'home.pageTitle': 'Have your say',
  'home.heading': 'Have your say about school',
  'home.intro': 'Tell your school and the council how school is for you. We do not ask your name.',
  'home.staffSignIn': 'Staff sign in',
  'code.label': 'Your join code',
  'code.labelAgain': 'Type your join code again',
  'code.hint': 'Your teacher will give you this. It looks like ABC-234-XYZ.',
  'code.error.length': 'A join code has {n} letters and numbers. Check it and try again.',

  'survey.opening.pageTitle': 'Opening the survey',
  'survey.opening': 'Opening the survey…',
  'survey.failed.pageTitle': 'The survey did not open',
  'join.closed.heading': 'This survey is closed',
  'join.unknown.heading': 'We could not find that survey',
  'notFound.pageTitle': 'Page not found',
  'notFound.heading': 'We could not find that page',
  /** {startLink} is a link to "/" whose words are `notFound.startLink`. */
  'notFound.body': 'Check the web address, or {startLink} and type your join code.',
  'notFound.startLink': 'go to the start',

  /** {setting} is the school's name, shown in bold. */
  'intro.forPupilsAt': 'For pupils at {setting}',
  'intro.anonymous': 'This survey is anonymous: we do not ask your name.',
  'intro.skipAny': 'You can skip any question.',
  'intro.length': 'There are {total} questions. It takes about 5 to 10 minutes.',
  'intro.together': "Your school and the council will read everyone's answers together, to make school better.",
  'intro.helpLink': 'If something is worrying you, you can get help',

  /** Shown above each question, and the page title while answering. */
  'progress.questionOf': 'Question {n} of {total}',
  'progress.label': 'Survey progress',
  'answer.preferNotToSay': 'Prefer not to say',
  'answer.skipped': 'Skipped',
  'answer.nothingWritten': 'Nothing written',
  'text.hint':
    "You do not have to write anything. Please do not write anyone's name. Nobody reads this straight away, so if you need help now, tap Get help at the top.",
  'text.remaining': 'You can write {n} more characters.',

  /** Also the page title of the review screen. */
  'review.heading': 'Ready to send?',
  'review.answeredOf': 'You answered {n} of {total} questions. After you send your answers, you cannot change them.',
  'review.checkAnswers': 'Check or change your answers',
  'review.change': 'Change',
  /**
   * The Change button's full name for screen readers. Today the component appends a hidden
   * " your answer to question {n}" to "Change"; a whole sentence translates better (aria-label).
   */
  'review.changeLabel': 'Change your answer to question {n}',
  'review.stillHere': 'Your answers are still here. Tap Send my answers to try again.',
  'review.send': 'Send my answers',
  'review.sending': 'Sending…',

  'thanks.pageTitle': 'Thank you',
  'thanks.heading': 'Thank you. Your answers have been sent.',
  'thanks.together':
    "Your school and the council will look at everyone's answers together. Nobody can tell which answers are yours.",
  'thanks.response': 'They will tell you what they heard and what they are going to do about it.',
  'thanks.close': 'You can close this page now.',

  'error.noConnection.title': 'No connection',
  'error.noConnection.detail': 'We could not reach Heard. Check your internet connection and try again.',
  'error.generic.title': 'Something went wrong',
  'error.generic.detail': 'Please try again.',
  'error.generic.detailLater': 'Please try again in a minute.',
  'error.server.title': 'Something went wrong on our side',
  'error.server.detail': 'Nothing was saved. Please try again in a minute.',
  /** Problem title for code.unknown and wave.closed when opening a survey. */
  'error.notFound.title': 'Not found',
  'error.codeUnknown.detail': 'We could not find a survey for that code. Check it with your teacher and try again.',
  'error.waveClosed.detail': 'This survey is not open at the moment. Thank you for wanting to take part.',
  'error.codeUsed.detail': 'This code has already been used. Each code works once: ask your teacher for a new one.',
  'error.notOpen.detail': 'This survey has not opened yet. Try again when your teacher says it is open.',
  /** Problem title for wave.closed when sending. */
  'error.notPossible.title': 'Not possible now',
  /** {survey} is the survey round's title, {date} the day it closed. */
  'error.sendClosed.detail': '"{survey}" closed on {date}, so new answers cannot be added.',
  'error.tooLarge.title': 'Too much to send',
  'error.tooLarge.detail': 'The answers are too long to send. Please make your comments shorter.',
  'error.invalid.title': 'Some of what was sent is not right',
  'error.invalid.detail': '{n} answer(s) do not fit the survey; nothing was saved.',
  'error.rejected.title': 'Request not accepted',

  'language.label': 'Language',
  'language.choose': 'Choose your language',
  'readAloud.button': 'Read aloud',
  'readAloud.stop': 'Stop reading',
  'quickExit.button': 'Leave quickly',
  'quickExit.hint': 'Leaves this page straight away and clears your answers.',
  'offline.saved':
    'You are offline. Your answers are saved on this device and will send by themselves when you are back online.',
  'offline.sending': 'Sending your saved answers…',
  'startAgain.button': 'Start again',
  'startAgain.confirm': 'Start again? This clears the answers on this device.',
  'support.title': 'It sounds like things might be hard right now',
  'support.body': "You don't have to deal with it on your own. You can talk to someone today.",
  'support.continue': 'Carry on with the survey',
  'resume.notice': 'We kept the answers you gave before. You can carry on.',
  'resume.offer': 'Someone started this survey on this device a little while ago. Was it you?',
  'resume.carryOn': 'Yes, carry on where I was',
  'resume.fresh': 'No, start afresh',
  'join.used.heading': 'This code has been used',
  'join.tooMany.heading': 'Too many tries for now',
  'error.tooMany.detail': 'A lot of codes that did not work came from here. Wait a while, then check the code with your teacher.',
  'review.nothing': 'You have not answered anything yet. Answer at least one question, or leave the survey.',
  'draft.notice': 'This translation is new. If something is hard to understand, ask an adult or switch to English.',

  /** Before what pupils said last time (a finding or a setting's "You said"), written by staff. */
  'heard.said': 'Last time you told us:',
  /** Before what the council or the school is doing about it ("We will" or "We did"). */
  'heard.did': 'Our answer:',
  /** The link to the public "You said, we did" page. */
  'heard.more': 'See what we are doing',
  /** After a staff-written text shown in a translation nobody has reviewed yet. */
  'heard.draft': '(draft translation)',
};
