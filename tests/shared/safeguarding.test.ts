import { describe, expect, it } from 'vitest';
import { checkForSupport, mentionsHarm } from '../../shared/safeguarding';
import { primarySurvey, secondarySurvey } from '../../shared/survey';

describe('the support panel', () => {
  it('shows for the lowest answer on feeling safe', () => {
    expect(checkForSupport(secondarySurvey, { safe_school: 0 })).toEqual({ support: true, lowAnswers: ['safe_school'], worryingText: false });
  });

  it('shows for a reverse-worded item at its worst ("always" worried or bullied)', () => {
    expect(checkForSupport(secondarySurvey, { worried: 4, bullied: 4 }).lowAnswers).toEqual(['bullied', 'worried']);
  });

  it('shows on the primary faces scale for the saddest face on feeling safe or happy', () => {
    expect(checkForSupport(primarySurvey, { happy: 0 }).support).toBe(true);
  });

  it('does not show for low answers on other themes, nor for middling answers', () => {
    expect(checkForSupport(secondarySurvey, { sleep: 0, enjoy_learning: 0, safe_school: 1, worried: 3 }).support).toBe(false);
  });

  it('shows when free text matches the safeguarding word list', () => {
    expect(checkForSupport(secondarySurvey, {}, { anything_else: 'sometimes I want to die' })).toMatchObject({ support: true, worryingText: true });
  });
});

describe('the safeguarding word list', () => {
  it.each([
    'I want to kill myself',
    'my step dad hits me when he is angry',
    'I have been self-harming again',
    "I'm scared to go home",
    'kms',
    'someone was asking me to send pics',
    'older boys in a gang made me carry stuff',
    'I think about suicide',
  ])('matches: %s', (text) => expect(mentionsHarm(text)).toBe(true));

  it.each([
    'Czasem chcę umrzeć',
    'Tata mnie bije mnie codziennie',
    'Mararka qaar waxaan rabaa inaan dhinto',
    'أحياناً أريد أن أموت',
    'کبھی کبھی خودکشی کا سوچتا ہوں',
    'আমি মাঝে মাঝে মরতে চাই',
  ])('matches in the app\'s other languages: %s', (text) => expect(mentionsHarm(text)).toBe(true));

  it.each([
    'I killed it in my maths test',
    'We need more knitting clubs',
    'The history lesson on gangsters was good',
    'I hit the ball really far',
    'Better toilets please',
    'Lubię moją szkołę',
    'أحب مدرستي',
    'مجھے اپنا اسکول پسند ہے',
  ])('does not match: %s', (text) => expect(mentionsHarm(text)).toBe(false));
});
