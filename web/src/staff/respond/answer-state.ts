import { createSignal } from 'solid-js';
import { LIMITS, type AnswerFields, type AnswerStatus } from '../../../../shared/respond/schema';
import { STATUS_PROGRESS } from '../../../../shared/respond/words';
import type { FieldErrors } from '../admin/form';

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

export const ANSWER_LABELS: Record<string, string> = {
  'answer-we-will': 'We will',
  'answer-we-did': 'We did',
  'answer-responsible': 'Who is responsible',
  'answer-due': 'Due by',
  'answer-status': 'Where it stands',
  'answer-reason': 'Why we can’t do this',
  'answer-progress': 'How far it has got',
};

export const answerField = (apiField: string): string | undefined => {
  const name = apiField.replace(/^answer\./, '').split('.')[0]!;
  return (ANSWER_IDS as Record<string, string>)[name];
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
  let progressTyped = Boolean(initial);

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
    return found;
  };

  const fields = (): AnswerFields => ({
    weWill: weWill().trim(),
    ...(weDid().trim() ? { weDid: weDid().trim() } : {}),
    responsible: responsible().trim(),
    dueOn: dueOn(),
    status: status() as AnswerStatus,
    ...(status() === 'cannot' ? { reason: reason().trim() } : {}),
    progress: Number(progress()),
    ...(initial?.translations ? { translations: initial.translations } : {}),
  });

  return { weWill, setWeWill, weDid, setWeDid, responsible, setResponsible, dueOn, setDueOn, status, setStatus, reason, setReason, progress, setProgress, check, fields };
}

export type AnswerState = ReturnType<typeof createAnswerState>;
