import { describe, expect, it } from 'vitest';
import { redact } from '../../shared/redact';

describe('redacting free text before it is stored', () => {
  it.each([
    ['email me at sam.student@example.com please', 'email me at [email] please'],
    ['Text me on 07700 900123 if you want', 'Text me on [phone] if you want'],
    ['ring 0161 234 5678', 'ring [phone]'],
    ['my number is +44 7700 900 123', 'my number is [phone]'],
    ['I live near M14 5RB and it is noisy', 'I live near [postcode] and it is noisy'],
    ['postcode m1 1ad', 'postcode [postcode]'],
    ['look at https://example.com/my-page', 'look at [link]'],
    ['see www.mysite.co.uk', 'see [link]'],
    ['follow me @sam_2011 on insta', 'follow me [handle] on insta'],
    ['Mr Khan shouts at us', '[name] shouts at us'],
    ['miss jones is the best teacher', '[name] is the best teacher'],
    ['Mrs. O’Brien never listens', '[name] never listens'],
    ['Aisha and Jakub are mean to me', '[name] and [name] are mean to me'],
    ['my friend mohammed got hurt', 'my friend [name] got hurt'],
    ['Grace Smith pushed me', '[name] pushed me'],
    ['I live at 12 Acacia Road near the park', 'I live at [address] near the park'],
    ['people smoke on Moss Lane', 'people smoke on [address]'],
    ['we moved to flat 3 last year', 'we moved to [address] last year'],
  ])('removes contact details: %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'More clubs after school, like football and art.',
    'I got 7 out of 10 in my test and 100% in maths',
    'Year 9 have lunch at 12:30 which is too late',
    'We need 2 more benches and 30 new books',
    'I am in set 3 for English',
    'I have hope for the future',
    'Will there be more trips?',
    'Please mark my work more kindly',
    'There is no joy in maths lessons',
    'I want to be a star at football',
    'Sir said we can have a party',
    'I like art and music',
  ])('leaves ordinary words and numbers alone: %s', (input) => {
    expect(redact(input)).toBe(input);
  });
});
