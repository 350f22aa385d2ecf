import type { Deps } from '../../functions/domain/respond/common';
import { saveAnswer, publishAnswer } from '../../functions/domain/respond/answers';
import { agreeFinding, draftFinding } from '../../functions/domain/respond/findings';
import type { Store } from '../../functions/store/types';
import type { TallyCell } from '../../shared/report';
import type { AnswerFields, CityEvidenceRef } from '../../shared/respond/schema';
import { tallyResponse } from '../../shared/scoring';
import { secondarySurvey } from '../../shared/survey';
import { TODAY } from './fixtures';

/**
 * Results for a round without sending responses: `perSetting` secondary pupils at each of the
 * fixture's three high schools (one per locality), tallied as the store keeps them. Each theme
 * question alternates agree / strongly agree / disagree, so figures are shown and differ.
 */
export async function seedResults(store: Store, waveId: string, perSetting = 12, comment = 'Stop the bullying in the corridors') {
  const cells: TallyCell[] = [];
  for (const settingId of ['alpha-high', 'beta-high', 'delta-high']) {
    for (let i = 0; i < perSetting; i++) {
      const v = [3, 4, 1][i % 3]!;
      const answers = { year: 9, gender: i % 2 ? 'girl' : 'boy', belong: v, friends: v, safe_school: v, happy_life: v, bullied: 4 - v };
      cells.push({ settingId, yearGroup: '9', gender: answers.gender, tally: tallyResponse(secondarySurvey, answers, i % 2 ? { topics: ['bullying'] } : undefined) });
    }
  }
  await store.addToTallies(waveId, cells);
  return comment;
}

export const respondDeps = (store: Store, now = () => TODAY): Deps => ({ store, threshold: 10, now });

export const cityBelonging = (waveId = 'closed-wave'): CityEvidenceRef => ({ waveId, audience: 'secondary', scope: 'city', kind: 'theme', id: 'belonging' });

export const answerFields = (over: Partial<AnswerFields> = {}): AnswerFields => ({
  weWill: 'We will start a lunch club for pupils who feel left out.',
  responsible: 'Manchester Youth Service',
  dueOn: '2027-03-31',
  status: 'doing',
  progress: 40,
  ...over,
});

/** An agreed finding on the closed round, and optionally the council's published answer to it. */
export async function agreedFinding(store: Store, text = 'Lots of us do not feel we belong at school.', answer?: AnswerFields) {
  const deps = respondDeps(store);
  const { finding } = await draftFinding(deps, { text, evidence: cityBelonging() });
  await agreeFinding(deps, finding.id);
  if (answer) {
    await saveAnswer(deps, finding.id, answer);
    await publishAnswer(deps, finding.id);
  }
  return finding;
}
