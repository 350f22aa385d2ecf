import { createSignal } from 'solid-js';
import { LIMITS, type AnswerFields, type AnswerStatus } from '../../../../shared/respond/schema';
import { STATUS_PROGRESS } from '../../../../shared/respond/words';
import type { FieldErrors } from '../admin/form';
import { cleanTranslations, translationErrors, translationId, translationLabels } from './translations-field';

/** The texts of an answer that can be translated, and what each is called. */
export const TRANSLATED = { weWill: 'We will', weDid: 'We did', reason: 'Why we can’t do this', youSaid: 'You said' } as const;
export type TranslatedField = keyof typeof TRANSLATED;
type AnswerTranslations = NonNullable<AnswerFields['translations']>;

/** The answer fields' element ids, and the API's field names (`weWill`, or `answer.weWill` in an entry) mapped to them. */
export const ANSWER_IDS = {
  weWill: 'answer-we-will',
  weDid: 'answer-we-did',
  responsible: 'answer-responsible',
  dueOn: 'answer-due',
  status: 'answer-status',
  reason: 'answer-reason',
  progress: 'answer-progress',
} as const;

/** Where a translation's box is: "You said" is the entry's own field, the others the answer's. */
export function translatedId(f: TranslatedField) {
  return f === 'youSaid' ? 'entry-you-said' : ANSWER_IDS[f];
}

export const ANSWER_LABELS: Record<string, string> = {
  'answer-we-will': 'We will',
  'answer-we-did': 'We did',
  'answer-responsible': 'Who is responsible',
  'answer-due': 'Due by',
  'answer-status': 'Where it stands',
  'answer-reason': 'Why we can’t do this',
  'answer-progress': 'How far it has got',
  // Each translated text's boxes: "We will in Arabic".
  ...Object.assign({}, ...(Object.entries(TRANSLATED) as [TranslatedField, string][]).map(([f, what]) => translationLabels(translatedId(f), what))),
};

export const answerField = (apiField: string): string | undefined => {
  const [name, of, lang] = apiField.replace(/^answer\./, '').split('.');
  // `translations.weWill.ar` is the Arabic box under "We will".
  if (name === 'translations') return of && lang && of in TRANSLATED ? translationId(translatedId(of as TranslatedField), lang) : undefined;
  return (ANSWER_IDS as Record<string, string>)[name!];
};

/**
 * What the writer has typed into an answer, as signals (the reading-ease warnings follow each
 * keystroke), its checks before sending, and the `AnswerFields` the API takes.
 */
export function createAnswerState(initial?: AnswerFields) {
  const [weWill, setWeWill] = createSignal(initial?.weWill ?? '');
  const [weDid, setWeDid] = createSignal(initial?.weDid ?? '');
  const [responsible, setResponsible] = createSignal(initial?.responsible ?? '');
  const [dueOn, setDueOn] = createSignal(initial?.dueOn ?? '');
  const [status, setStatusOnly] = createSignal<AnswerStatus | ''>(initial?.status ?? '');
  const [reason, setReason] = createSignal(initial?.reason ?? '');
  const [progress, setProgressOnly] = createSignal(initial ? String(initial.progress) : '');
  const [translations, setTranslations] = createSignal<AnswerTranslations>(initial?.translations ?? {});
  let progressTyped = Boolean(initial);
  const translationsOf = (f: TranslatedField) => translations()[f] ?? {};
  const setTranslationsOf = (f: TranslatedField, t: AnswerTranslations[TranslatedField]) => setTranslations({ ...translations(), [f]: t });

  /** A status brings its usual progress with it, until the writer gives their own. */
  const setStatus = (s: AnswerStatus) => {
    setStatusOnly(s);
    if (!progressTyped) setProgressOnly(String(STATUS_PROGRESS[s]));
  };
  const setProgress = (p: string) => {
    progressTyped = true;
    setProgressOnly(p);
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    const tooLong = (id: string, value: string, max: number, what: string) => {
      if (value.trim().length > max) found[id] = `${what} must be ${max} characters or fewer.`;
    };
    if (!weWill().trim()) found[ANSWER_IDS.weWill] = 'Say what you will do.';
    tooLong(ANSWER_IDS.weWill, weWill(), LIMITS.weWill, '“We will”');
    tooLong(ANSWER_IDS.weDid, weDid(), LIMITS.weDid, '“We did”');
    if (!responsible().trim()) found[ANSWER_IDS.responsible] = 'Say which team or organisation is responsible.';
    tooLong(ANSWER_IDS.responsible, responsible(), LIMITS.responsible, 'Who is responsible');
    if (!dueOn()) found[ANSWER_IDS.dueOn] = 'Enter the day it should be done by.';
    if (!status()) found[ANSWER_IDS.status] = 'Choose where it stands.';
    if (status() === 'cannot' && !reason().trim()) found[ANSWER_IDS.reason] = 'Say why it cannot be done: pupils deserve a reason.';
    tooLong(ANSWER_IDS.reason, reason(), LIMITS.reason, 'The reason');
    if (status() === 'done' && !weDid().trim()) found[ANSWER_IDS.weDid] = 'Say what was done.';
    if (!/^\d{1,3}$/.test(progress().trim()) || Number(progress()) > 100) found[ANSWER_IDS.progress] = 'Enter a whole number from 0 to 100.';
    for (const f of sentTranslated()) Object.assign(found, translationErrors(translatedId(f), TRANSLATED[f], translationsOf(f)));
    return found;
  };

  /** Translated texts that are sent: a reason only for "We can't do this", "We did" only once written. */
  const sentTranslated = (): TranslatedField[] =>
    (Object.keys(TRANSLATED) as TranslatedField[]).filter((f) => (f === 'reason' ? status() === 'cannot' : f === 'weDid' ? Boolean(weDid().trim()) : true));
  const sentTranslations = (): AnswerTranslations =>
    Object.fromEntries(sentTranslated().flatMap((f) => {
      const t = cleanTranslations(translationsOf(f));
      return Object.keys(t).length ? [[f, t]] : [];
    }));

  const fields = (): AnswerFields => ({
    weWill: weWill().trim(),
    ...(weDid().trim() ? { weDid: weDid().trim() } : {}),
    responsible: responsible().trim(),
    dueOn: dueOn(),
    status: status() as AnswerStatus,
    ...(status() === 'cannot' ? { reason: reason().trim() } : {}),
    progress: Number(progress()),
    // Sent whole each time (the API stores what it is sent): leaving it out clears them all.
    ...(Object.keys(sentTranslations()).length ? { translations: sentTranslations() } : {}),
  });

  return { translationsOf, setTranslationsOf, weWill, setWeWill, weDid, setWeDid, responsible, setResponsible, dueOn, setDueOn, status, setStatus, reason, setReason, progress, setProgress, check, fields };
}

export type AnswerState = ReturnType<typeof createAnswerState>;
