import { tagTopics } from '../../shared/comments/topics';
import { redact } from '../../shared/redact';
import { mentionsHarm } from '../../shared/safeguarding';
import { tallyResponse } from '../../shared/scoring';
import { checkAnswers, isBlank, type Submission } from '../../shared/submission';
import { UNKNOWN_GENDER, UNKNOWN_YEAR } from '../../shared/report/cells';
import { badRequest, conflict } from '../http/problem';
import type { Store } from '../store/types';
import { dayOf, expiryFor } from './calendar';
import type { CodeGuesses } from './guesses';
import { openJoinCode } from './join';
import { isOpen } from './waves';

type Deps = { store: Store; retentionDays: number; now: () => Date; codePepper: string; guesses?: CodeGuesses };

/**
 * Records one pupil's answers, exactly once per submissionId. Nothing about the request
 * (address, browser, time of day) reaches storage: only the answers, the day and the year group.
 */
export async function submitResponse(deps: Deps, submission: Submission, { from }: { from?: string } = {}) {
  const { store, retentionDays, now } = deps;
  const today = dayOf(now());
  // Checked first, on the pupil's own answers (a year group that comes with a code is not something they said).
  if (isBlank(submission)) {
    throw badRequest('Nothing was answered, so there is nothing to count and nothing was saved. Answer at least one question, or close the survey.', [
      { field: 'answers', message: 'answer at least one question, or write a comment' },
    ]);
  }
  // A retry of a response already counted is answered as such, whatever has changed since
  // (its single-use code spent, the round closed): the pupil's phone must stop retrying.
  if (await store.hasSubmission(submission.submissionId)) return 'duplicate' as const;
  const { wave, setting, survey, yearGroup: codeYear, onceHash } = await openJoinCode(deps, submission.joinCode, today, { allowClosed: true, from });
  if (!isOpen(wave, today)) {
    if (wave.status === 'draft' || today < wave.opensOn) {
      throw conflict('wave.not_open', `"${wave.title}" has not opened yet, so answers cannot be sent. Try again when your teacher says it is open.`);
    }
    throw conflict('wave.closed', `"${wave.title}" has closed, so new answers cannot be added. Thank you for wanting to take part.`);
  }
  const yearQuestion = survey.questions.find((q) => q.kind === 'choice' && q.role === 'yearGroup');
  // A year-group code decides the year group: the pupil was never asked.
  const answers = codeYear && yearQuestion ? { ...submission.answers, [yearQuestion.id]: Number(codeYear) } : submission.answers;
  const errors = checkAnswers(survey, { ...submission, answers });
  if (errors.length) throw badRequest(`${errors.length} answer(s) do not fit the survey; nothing was saved.`, errors);

  const roleAnswer = (role: 'yearGroup' | 'gender') => {
    const q = survey.questions.find((x) => x.kind === 'choice' && x.role === role);
    const value = q ? answers[q.id] : undefined;
    return value === null || value === undefined ? undefined : String(value);
  };
  // Contact details are removed before anything is stored; the original text is never written.
  const comments = Object.fromEntries(
    Object.entries(submission.comments ?? {})
      .filter(([, text]) => text.trim() !== '')
      .map(([id, text]) => [id, redact(text.trim())]),
  );
  const texts = Object.values(comments);
  const outcome = await store.recordResponse(
    submission.submissionId,
    {
      waveId: wave.id,
      settingId: setting.id,
      yearGroup: roleAnswer('yearGroup') ?? UNKNOWN_YEAR,
      day: today,
      answers,
      comments,
      expiresAt: expiryFor(today, retentionDays),
    },
    {
      gender: roleAnswer('gender') ?? UNKNOWN_GENDER,
      tally: tallyResponse(
        survey,
        answers,
        texts.length ? { topics: [...new Set(texts.flatMap(tagTopics))], flagged: texts.some(mentionsHarm) } : undefined,
      ),
    },
    onceHash ? { consumeOnceCode: onceHash } : {},
  );
  if (outcome === 'used') throw conflict('code.used', 'This code has already been used. Each code works once: ask your teacher for a new one.');
  return outcome;
}
