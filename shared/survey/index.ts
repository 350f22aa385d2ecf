import { primarySurvey } from './primary';
import type { Survey } from './schema';
import { secondarySurvey } from './secondary';

export * from './schema';
export { primarySurvey, secondarySurvey };

/** Every survey the platform ships, by id and version. A wave freezes one of these. */
export const SURVEYS: readonly Survey[] = [secondarySurvey, primarySurvey];

export function findSurvey(id: string, version: number): Survey | undefined {
  return SURVEYS.find((s) => s.id === id && s.version === version);
}
