import { primarySurveyV1 } from './primary';
import { primarySurveyV2 } from './primary-v2';
import type { Survey } from './schema';
import { secondarySurveyV1 } from './secondary';
import { secondarySurveyV2 } from './secondary-v2';

export * from './schema';
export { primarySurveyV1, primarySurveyV2, secondarySurveyV1, secondarySurveyV2 };

/** The newest version of each survey: the one new rounds use. */
export const secondarySurvey: Survey = secondarySurveyV2;
export const primarySurvey: Survey = primarySurveyV2;

/**
 * Every survey the platform ships, by id and version. A wave freezes one of these, so an old
 * version stays here for as long as any stored round uses it.
 */
export const SURVEYS: readonly Survey[] = [secondarySurveyV1, secondarySurveyV2, primarySurveyV1, primarySurveyV2];

export function findSurvey(id: string, version: number): Survey | undefined {
  return SURVEYS.find((s) => s.id === id && s.version === version);
}
