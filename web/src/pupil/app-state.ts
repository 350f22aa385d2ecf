import { createSignal } from 'solid-js';
import type { JoinInfo } from '../api';
import { wipe } from './storage';

/** State every pupil screen can reach: the open survey, the help panel, the parts loaded later. */
export const [info, setInfo] = createSignal<JoinInfo>();
export const [helpOpen, setHelpOpen] = createSignal(false);
/** Opens Get help and moves focus into it, so a screen reader lands on the help straight away. */
export function openHelp() {
  setHelpOpen(true);
  document.getElementById('help-title')?.focus();
}
/** True once Leave quickly is pressed: nothing is shown while the browser leaves. */
export const [gone, setGone] = createSignal(false);
/** Set while a screen itself says that answers are waiting to send, so the top notice does not repeat it. */
export const [quietOutbox, setQuietOutbox] = createSignal(false);

type Later = typeof import('./later');
/** Screens and helpers not needed for the first question, fetched once it is on screen. */
export const [later, setLater] = createSignal<Later>();
let loading: Promise<unknown> | undefined;
export const loadLater = () =>
  (loading ??= import('./later').then(
    (m) => m.restReady.then(() => setLater(() => m)),
    () => (loading = undefined),
  ));

/**
 * What the server drew that the app keeps as it is when it takes the first screen over: the
 * "Last time you told us" line, so the code that draws it can come with the later chunk.
 */
export const kept: { heard?: Element | null } = {};

/** The join code of the survey on screen, for asking again (another language, a retry). */
export const opened = { code: '' };

/** The survey's own words (questions, options) in the language it was sent in. */
export function st(key: string): string {
  const s = info()!.survey;
  return s.strings[s.languages[0]!]?.[key] ?? key;
}

/** History entries this visit has added (one per screen), so Leave quickly can step back over them. */
export const visit = { pushed: 0 };

/**
 * Leave quickly: clears every answer on the device and in memory first, then leaves for a neutral
 * page from this visit's first history entry, so Back from there does not land on the survey.
 */
export function quickExit() {
  wipe();
  setGone(true);
  let left = false;
  const leave = () => left || ((left = true), location.replace('https://www.bbc.co.uk/weather'));
  if (!visit.pushed) return leave();
  addEventListener('popstate', leave, { once: true });
  history.go(-visit.pushed);
  setTimeout(leave, 400);
}

// Back from the neutral page may restore this page from the browser's memory: start it afresh.
addEventListener('pageshow', (e) => e.persisted && gone() && location.reload());
