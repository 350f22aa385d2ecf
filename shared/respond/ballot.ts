import type { Wave } from '../catalog';
import type { Language, Survey } from '../survey/schema';

/** The id of the vote question a ballot adds to a round's surveys. */
export const PRIORITY_QUESTION = 'priority';

/** "Which of these should we work on first?" Drafts but English, like the survey's (docs/translations.md). */
const PROMPT: Record<Language, string> = {
  en: 'The youth council picked these from what you told us last time. Which should we work on first?',
  ur: 'یوتھ کونسل نے یہ باتیں چنی ہیں جو آپ نے پچھلی بار بتائیں۔ ہمیں سب سے پہلے کس پر کام کرنا چاہیے؟',
  ar: 'اختار مجلس الشباب هذه الأشياء مما قلتموه لنا في المرة الماضية. على أيّها نعمل أولًا؟',
  bn: 'গতবার তোমরা যা বলেছিলে, তা থেকে যুব পরিষদ এগুলো বেছে নিয়েছে। আমরা আগে কোনটা নিয়ে কাজ করব?',
  pl: 'Rada Młodzieży wybrała te sprawy z tego, co nam ostatnio powiedzieliście. Czym mamy zająć się najpierw?',
  so: 'Golaha dhallinyaradu waxay kuwan ka doorteen wixii aad noo sheegteen markii hore. Keebaan marka hore ka shaqeynaa?',
};

/**
 * A round's survey with its ballot, when it has one: one optional choice question, placed before
 * the free-text questions, whose options are the findings (by id, so the vote is counted in the
 * tallies like any answer and suppressed like any figure). A finding without a translation is
 * shown in English.
 */
export function withBallot(survey: Survey, wave: Pick<Wave, 'ballot'>): Survey {
  const options = wave.ballot?.options;
  if (!options?.length) return survey;
  const question = { id: PRIORITY_QUESTION, kind: 'choice' as const, options: options.map((o) => o.findingId) };
  const at = survey.questions.findIndex((q) => q.kind === 'text');
  const questions = [...survey.questions];
  questions.splice(at < 0 ? questions.length : at, 0, question);
  const strings = Object.fromEntries(
    survey.languages.map((lang) => [
      lang,
      {
        ...survey.strings[lang],
        [`q.${PRIORITY_QUESTION}`]: PROMPT[lang],
        ...Object.fromEntries(options.map((o) => [`q.${PRIORITY_QUESTION}.${o.findingId}`, (lang !== 'en' && o.translations[lang]) || o.text])),
      },
    ]),
  );
  return { ...survey, questions, strings };
}
