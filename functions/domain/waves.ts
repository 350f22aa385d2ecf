import type { Wave } from '../../shared/catalog';
import { findSurvey, type Survey } from '../../shared/survey';
import type { Audience } from '../../shared/catalog';
import { withBallot } from '../../shared/respond/ballot';

/** A wave takes responses while it is open and today is within its dates. */
export const isOpen = (wave: Wave, today: string): boolean =>
  wave.status === 'open' && wave.opensOn <= today && today <= wave.closesOn;

/** The survey an audience answers in a wave: the version it froze, with the youth council's ballot if it has one. */
export function surveyFor(wave: Wave, audience: Audience): Survey {
  const ref = wave.surveys[audience];
  const survey = findSurvey(ref.id, ref.version);
  // A wave can only be created with a shipped survey, so this is a deployment fault, not a client error.
  if (!survey) throw new Error(`wave ${wave.id} names survey ${ref.id} v${ref.version}, which this build does not have`);
  return withBallot(survey, wave);
}
