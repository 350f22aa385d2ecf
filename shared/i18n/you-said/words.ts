/**
 * The public "You said, we did" page's own words (web/src/you-said), in English; drafts in the
 * other five languages beside this file (docs/translations.md). For a reading age of about 9:
 * short sentences, one idea each. What staff wrote (You said, We will, We did, updates) comes
 * from the API, in the language asked for when it has a translation, else in English.
 *
 * `{name}` placeholders are filled in by the page; a translation keeps the same placeholders.
 * Childline and 0800 1111 appear literally in every language.
 */
export const youSaidEn = {
  'page.title': 'You said, we did',
  'page.introCity': 'Here is what pupils told us in the survey. Here is what the council is doing about it.',
  /** {setting} is the school's name. */
  'page.introSetting': 'Here is what pupils at {setting} told us. Here is what is being done about it.',
  'page.setting': 'At {setting}',
  'page.city': 'Across the city',
  'page.none': 'Nothing is here yet. Please look again soon.',
  'page.loading': 'Loading…',
  'page.failed': 'This page did not load. Check your internet connection, then try again.',
  'page.notFound': 'We could not find this page. Check the web address.',
  'page.tryAgain': 'Try again',
  'page.skip': 'Skip to main content',
  'page.help': 'If something is worrying you, talk to an adult you trust. You can call Childline for free: 0800 1111',
  'page.print': 'Print this for a classroom wall',
  'draft.notice': 'This translation is new. If something is hard to understand, ask an adult or switch to English.',
  /** After a text staff wrote, shown in a translation nobody has checked yet. */
  'draft.mark': '(draft translation)',
  'language.label': 'Language',

  /** {round} is the survey round's title. */
  'item.round': 'From the survey: {round}',
  'item.youSaid': 'You said',
  'item.weWill': 'We will',
  'item.weDid': 'We did',
  'item.reason': "Why we can't do this",
  'item.who': 'Who is doing it',
  'item.due': 'When it should be done',
  'item.status': 'How it is going',
  'status.looking': 'Looking into it',
  'status.doing': 'Doing it',
  'status.done': 'Done',
  'status.cannot': "We can't do this",
  /** {percent} is a whole number from 0 to 100. */
  'item.progress': '{percent}% done',
  'item.progressLabel': 'How much is done',
  'item.news': 'News',
  'item.updatedOn': 'Updated on {date}.',
  'item.before': 'What it said before',
  'item.beforeOn': 'On {date} it said:',

  /** {x} is a whole number from 0 to 10: drawn as 10 people, {x} of them coloured in. */
  'figure.sentence': '{x} in 10 of you gave a good answer about this.',
  /** {label} is the question or theme, in English. */
  'figure.asked': 'What we asked about: {label}',
  'figure.answered': '{n} pupils answered.',
  /** {label} is a topic pupils wrote about, in English. */
  'topic.sentence': '{count} of you wrote about this: {label}',

  'change.heading': 'Did it change?',
  'change.thenNow': 'Last time, {then} in 10. This time, {now} in 10.',
  'change.up': 'More of you gave a good answer this time.',
  'change.down': 'Fewer of you gave a good answer this time.',
  'change.same': 'That is about the same. A small change like this could just be chance.',
  'change.hidden': "We cannot show this time's number. Too few pupils answered.",
  'change.open': 'The survey "{round}" is still open, so this may change.',
  'change.lastTime': 'Last time',
  'change.thisTime': 'This time',

  'verdict.heading': 'What the youth council thinks',
  'verdict.good-enough': 'Good enough',
  'verdict.not-yet': 'Not enough yet',
  'verdict.earlier': 'They said this about an earlier answer.',
  'verdict.sentBack': 'They asked the council to do more.',
  'verdict.none': 'The youth council has not said what it thinks yet.',

  'vote.heading': 'Your vote',
  'vote.intro': 'In the survey "{round}", we asked: which of these should we work on first?',
  'vote.share': '{x} in 10 of you chose this.',
  'vote.hidden': 'We cannot show the votes yet. Fewer than 10 pupils voted.',

  'board.scan': 'Scan the code to read more.',
  'board.more': 'There is more on the web page. Scan the code to read it all.',
  /** The QR code's name for screen readers; {url} is the page's address. */
  'board.qr': 'QR code: opens {url}',
  'board.print': 'Print',
  'board.back': 'Back to the page',
  'board.hint': 'Laid out for one sheet of A4.',
} as const;

export type YouSaidKey = keyof typeof youSaidEn;
export type YouSaidWords = Record<YouSaidKey, string>;
export const YOU_SAID_KEYS = Object.keys(youSaidEn) as YouSaidKey[];
