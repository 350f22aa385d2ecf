import { itemScore, type Answers } from './scoring/item';
import { isScale } from './survey/kinds';
import type { Survey } from './survey/schema';

/**
 * When to show a pupil the support panel: an answer at the very bottom of the scale on feeling
 * safe or on how they feel, or free text that matches the safeguarding word list. It runs on the
 * device before submit (to signpost help at once) and on the server (to count flagged comments
 * for the setting's safeguarding lead). Nothing about the pupil is kept with the flag.
 * An item on no theme (whether adults act on what pupils say) is not watched: a low answer
 * there is a view of the school, not a sign that the pupil is at risk.
 */
const WATCHED_THEMES = new Set(['safe', 'happy']);

/** Phrases, lower-case, matched on word boundaries after light normalising (see `normalise`). */
export const SAFEGUARDING_PHRASES = [
  // harm to self
  'kill myself', 'killing myself', 'kms', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead', 'end my life',
  'end it all', 'suicide', 'suicidal', 'unalive', 'self harm', 'selfharm', 'self harming', 'hurt myself', 'hurting myself',
  'cut myself', 'cutting myself', 'no reason to live', 'better off without me', 'hate myself', 'not eating', 'starving myself',
  // harm from others
  'abuse', 'abused', 'abusing me', 'hits me', 'hit me', 'beats me', 'beat me up', 'kicks me', 'hurts me', 'touched me',
  'touches me', 'touching me', 'groomed', 'grooming', 'raped', 'rape', 'sexual', 'nudes', 'send pics', 'scared to go home',
  'not safe at home', 'unsafe at home', 'scared of my dad', 'scared of my mum', 'scared of my step', 'locked me in',
  'knife', 'knives', 'stabbed', 'gang', 'gangs', 'county lines', 'forced me', 'threatened me', 'threatens me',
  'run away from home', 'running away', 'nobody cares about me', 'no one cares about me', 'bullied every day',
  // The pupil app's other languages (drafts: docs/translations.md asks reviewers to extend them).
  // Polish
  'zabić się', 'zabije się', 'chcę umrzeć', 'chce umrzec', 'samookaleczenie', 'tnę się', 'bije mnie', 'biją mnie', 'boję się wracać do domu',
  'dotyka mnie', 'molestowanie', 'nikt się mną nie przejmuje',
  // Somali
  'is dil', 'is dilo', 'waxaan rabaa inaan dhinto', 'is dhaawac', 'i garaaca', 'i garaacaa', 'i taabto', 'kama nabadgalo guriga',
  // Arabic
  'انتحار', 'أريد أن أموت', 'اريد ان اموت', 'أقتل نفسي', 'اقتل نفسي', 'أؤذي نفسي', 'اؤذي نفسي', 'يضربني', 'يلمسني', 'تحرش', 'خائف من العودة إلى البيت',
  // Urdu
  'خودکشی', 'مرنا چاہتا', 'مرنا چاہتی', 'خود کو نقصان', 'مجھے مارتا', 'مجھے مارتی', 'مجھے چھوتا', 'گھر جانے سے ڈر',
  // Bengali
  'আত্মহত্যা', 'মরতে চাই', 'নিজেকে আঘাত', 'আমাকে মারে', 'আমাকে ছোঁয়', 'বাড়ি যেতে ভয়',
] as const;

/** Lower-case, apostrophes dropped, anything but letters and digits (in any script) as one space. */
const normalise = (text: string) =>
  ` ${text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()} `;

const PATTERNS = SAFEGUARDING_PHRASES.map((p) => ` ${normalise(p).trim()} `);

export function mentionsHarm(text: string): boolean {
  const t = normalise(text);
  return PATTERNS.some((p) => t.includes(p));
}

export type SupportCheck = { support: boolean; lowAnswers: string[]; worryingText: boolean };

export function checkForSupport(survey: Survey, answers: Answers, comments: Readonly<Record<string, string>> = {}): SupportCheck {
  const lowAnswers = survey.questions
    .filter((q) => isScale(q) && q.theme !== undefined && WATCHED_THEMES.has(q.theme))
    .filter((q) => {
      const raw = answers[q.id];
      return typeof raw === 'number' && itemScore(q, raw) === 0;
    })
    .map((q) => q.id);
  const worryingText = Object.values(comments).some(mentionsHarm);
  return { support: lowAnswers.length > 0 || worryingText, lowAnswers, worryingText };
}
