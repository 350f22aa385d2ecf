import { secondaryAr, secondaryArV2 } from './secondary-ar';
import { secondaryBn, secondaryBnV2 } from './secondary-bn';
import { secondaryPl, secondaryPlV2 } from './secondary-pl';
import { secondarySo, secondarySoV2 } from './secondary-so';
import { secondaryUr, secondaryUrV2 } from './secondary-ur';

type Drafts = Partial<Record<'ur' | 'ar' | 'bn' | 'pl' | 'so', Record<string, string>>>;

/**
 * Draft translations of the newest secondary survey's strings (secondary-v2.ts), one file per
 * language so each reviewer edits one file. All are drafts awaiting a native speaker's
 * review: see docs/translations.md before declaring any of them in the survey.
 */
export const secondaryTranslations: Drafts = {
  ur: secondaryUrV2,
  ar: secondaryArV2,
  bn: secondaryBnV2,
  pl: secondaryPlV2,
  so: secondarySoV2,
};

/** Version 1's strings exactly as its rounds were run, without the items added since. */
export const secondaryTranslationsV1: Drafts = {
  ur: secondaryUr,
  ar: secondaryAr,
  bn: secondaryBn,
  pl: secondaryPl,
  so: secondarySo,
};
