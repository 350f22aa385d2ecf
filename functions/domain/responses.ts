import { redact } from '../../shared/redact';
import { tallyResponse } from '../../shared/scoring';
import { checkAnswers, type Submission } from '../../shared/submission';
import { UNKNOWN_YEAR } from '../../shared/report';
import { badRequest, conflict } from '../http/problem';
import type { Store } from '../store/types';
import { dayOf, expiryFor } from './calendar';
import { openJoinCode } from './join';
import { isOpen } from './waves';

type Deps = { store: Store; retentionDays: number; now: () => Date };

/**
 * Records one pupil's answers, exactly once per submissionId. Nothing about the request
 * (address, browser, time of day) reaches storage: only the answers, the day and the year group.
 */
export async function submitResponse({ store, retentionDays, now }: Deps, submission: Submission) {
  const today = dayOf(now());
  const { wave, setting, survey } = await openJoinCode(store, submission.joinCode, today, { allowClosed: true });
  if (!isOpen(wave, today)) {
    throw conflict('wave.closed', `"${wave.title}" closed on ${wave.closesOn}, so new answers cannot be added.`);
  }
  const errors = checkAnswers(survey, submission);
  if (errors.length) throw badRequest(`${errors.length} answer(s) do not fit the survey; nothing was saved.`, errors);

  const yearQuestion = survey.questions.find((q) => q.kind === 'choice' && q.role === 'yearGroup');
  const year = yearQuestion ? submission.answers[yearQuestion.id] : undefined;
  // Contact details are removed before anything is stored; the original text is never written.
  const comments = Object.fromEntries(
    Object.entries(submission.comments ?? {})
      .filter(([, text]) => text.trim() !== '')
      .map(([id, text]) => [id, redact(text.trim())]),
  );
  return store.recordResponse(
    submission.submissionId,
    {
      waveId: wave.id,
      settingId: setting.id,
      yearGroup: year === null || year === undefined ? UNKNOWN_YEAR : String(year),
      day: today,
      answers: submission.answers,
      comments,
      expiresAt: expiryFor(today, retentionDays),
    },
    tallyResponse(survey, submission.answers),
  );
}
