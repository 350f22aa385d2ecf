import { primaryAr, primaryArV2 } from './primary-ar';
import { primaryBn, primaryBnV2 } from './primary-bn';
import { primaryPl, primaryPlV2 } from './primary-pl';
import { primarySo, primarySoV2 } from './primary-so';
import { primaryUr, primaryUrV2 } from './primary-ur';

type Drafts = Partial<Record<'ur' | 'ar' | 'bn' | 'pl' | 'so', Record<string, string>>>;

/**
 * Draft translations of the newest primary survey's strings (primary-v2.ts), one file per
 * language so each reviewer edits one file. All are drafts awaiting a native speaker's
 * review: see docs/translations.md before declaring any of them in the survey.
 */
export const primaryTranslations: Drafts = {
  ur: primaryUrV2,
  ar: primaryArV2,
  bn: primaryBnV2,
  pl: primaryPlV2,
  so: primarySoV2,
};

/** Version 1's strings exactly as its rounds were run, without the items added since. */
export const primaryTranslationsV1: Drafts = {
  ur: primaryUr,
  ar: primaryAr,
  bn: primaryBn,
  pl: primaryPl,
  so: primarySo,
};
