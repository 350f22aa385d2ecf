import { secondaryAr } from './secondary-ar';
import { secondaryBn } from './secondary-bn';
import { secondaryPl } from './secondary-pl';
import { secondarySo } from './secondary-so';
import { secondaryUr } from './secondary-ur';

/**
 * Draft translations of the secondary survey's strings (shared/survey/secondary.ts), one file
 * per language so each reviewer edits one file. All are drafts awaiting a native speaker's
 * review: see docs/translations.md before declaring any of them in the survey.
 */
export const secondaryTranslations: Partial<Record<'ur' | 'ar' | 'bn' | 'pl' | 'so', Record<string, string>>> = {
  ur: secondaryUr,
  ar: secondaryAr,
  bn: secondaryBn,
  pl: secondaryPl,
  so: secondarySo,
};
