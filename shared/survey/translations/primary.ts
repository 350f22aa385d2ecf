import { primaryAr } from './primary-ar';
import { primaryBn } from './primary-bn';
import { primaryPl } from './primary-pl';
import { primarySo } from './primary-so';
import { primaryUr } from './primary-ur';

/**
 * Draft translations of the primary survey's strings (shared/survey/primary.ts), one file per
 * language so each reviewer edits one file. All are drafts awaiting a native speaker's review:
 * see docs/translations.md before declaring any of them in the survey.
 */
export const primaryTranslations: Partial<Record<'ur' | 'ar' | 'bn' | 'pl' | 'so', Record<string, string>>> = {
  ur: primaryUr,
  ar: primaryAr,
  bn: primaryBn,
  pl: primaryPl,
  so: primarySo,
};
