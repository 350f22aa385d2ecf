import { describe, expect, it } from 'vitest';
import { redact } from '../../shared/redact';

/** Things pupils might write in English, each with what should be stored. */
const SENTENCES: [string, string][] = [
  // Names with surnames, in any case
  ['Jamie Smith is bullying me', '[name] is bullying me'],
  ['jamie smith in 8b keeps taking my stuff', '[name] in [class] keeps taking my stuff'],
  ['JAMIE SMITH IS BULLYING ME', '[name] IS BULLYING ME'],
  ['Olivia Brown and Mia Patel never let me sit with them', '[name] and [name] never let me sit with them'],
  ["Ethan Walker's brother pushed me at the gate", "[name]'s brother pushed me at the gate"],
  ['there is a boy called harry jones who says mean things', 'there is a boy called [name] who says mean things'],
  ['me and olivia got told off for nothing', 'me and [name] got told off for nothing'],
  ['Sophie, Amelia and Ruby leave me out at break', '[name], [name] and [name] leave me out at break'],
  ['Leo and Theo are kind to me', '[name] and [name] are kind to me'],
  ['Noah Taylor Williams is in my form and he is nice', '[name] is in my form and he is nice'],
  ['Jamie S. hit me', '[name] hit me'],
  ['everyone laughs when Kayden talks to me', 'everyone laughs when [name] talks to me'],
  ['mohammed and isaac are my best friends', '[name] and [name] are my best friends'],
  ['Freya-Rose Clarke cries every day in maths', '[name] cries every day in maths'],
  // Names not on any list, in context
  ['My friend Xanthe Brooklyn-Fairweather is being bullied', 'My friend [name] is being bullied'],
  ['a girl called Zinnia keeps pushing me in the corridor', 'a girl called [name] keeps pushing me in the corridor'],
  ['Brixton Hale is bullying me and no one does anything', '[name] is bullying me and no one does anything'],
  ['Quillon hits me on the bus', '[name] hits me on the bus'],
  ['my best friend Tamsin Oyelaran moved away', 'my best friend [name] moved away'],
  ['me and Zephyr got in trouble', 'me and [name] got in trouble'],
  ['Jamie, Zephyr and Ollie were mean', '[name], [name] and [name] were mean'],
  ['my name is xanthe and i hate school', 'my name is [name] and i hate school'],
  ['My name is Jamie Smith in 8B', 'My name is [name] in [class]'],
  ['Her name is Bryony Tate and she is always mean to me', 'Her name is [name] and she is always mean to me'],
  ['Corwin is mean to me every day', '[name] is mean to me every day'],
  ['I sit next to Denzel Okafor in science', 'I sit next to [name] in science'],
  // Names that are also words, in context
  ['Grace Smith pushed me', '[name] pushed me'],
  ['Will Jones took my phone', '[name] took my phone'],
  ['I sat with Grace at lunch and she cried', 'I sat with [name] at lunch and she cried'],
  ['my friend May is really sad', 'my friend [name] is really sad'],
  ['Jack and Hope are always fighting', '[name] and [name] are always fighting'],
  ['I told Mark what happened', 'I told [name] what happened'],
  // Teachers and other adults
  ['Mr Khan shouts at us', '[name] shouts at us'],
  ['miss jones is the best teacher', '[name] is the best teacher'],
  ['Mrs. O’Brien never listens', '[name] never listens'],
  ['mr wright makes us stand outside', '[name] makes us stand outside'],
  ['Miss K said I was lying', '[name] said I was lying'],
  ['sir told me to go away', 'sir told me to go away'],
  ['Dr Ahmed at the clinic was nice', '[name] at the clinic was nice'],
  // Contact details and handles
  ['email me at sam.student@example.com please', 'email me at [email] please'],
  ['my email is jamie dot smith at gmail dot com', 'my email is [email]'],
  ['message me jamie_smith11 at hotmail dot co dot uk', 'message me [email]'],
  ['jamie(at)outlook(dot)com if you want to talk', '[email] if you want to talk'],
  ['Text me on 07700 900123 if you want', 'Text me on [phone] if you want'],
  ['ring 0161 234 5678', 'ring [phone]'],
  ['my number is +44 7700 900 123', 'my number is [phone]'],
  ['call my mum on (0161) 496 0000', 'call my mum on [phone]'],
  ['follow me @sam_2011 on insta', 'follow me [handle] on insta'],
  ['my snap is jamie_s11 add me', 'my snap is [handle] add me'],
  ['add me on insta: lilzara', 'add me on insta: [handle]'],
  ['my roblox username is xXshadowXx', 'my roblox username is [handle]'],
  ['look at youtube dot com slash jamieplays', 'look at [link]'],
  ['look at https://example.com/my-page', 'look at [link]'],
  ['see www.mysite.co.uk', 'see [link]'],
  // Where someone lives
  ['I live near M14 5RB and it is noisy', 'I live near [postcode] and it is noisy'],
  ['postcode m1 1ad', 'postcode [postcode]'],
  ['I live in M8 and there are fights', 'I live in [postcode] and there are fights'],
  ['I live at 12 Acacia Road near the park', 'I live at [address] near the park'],
  ['people smoke on Moss Lane', 'people smoke on [address]'],
  ['we moved to flat 3 last year', 'we moved to [address] last year'],
  // Dates of birth, NHS and other numbers
  ['DOB 12/03/2013', 'DOB [date]'],
  ['I was born on 12 March 2013', 'I was born on [date]'],
  ['my birthday is 12/03 and nobody remembered', 'my birthday is [date] and nobody remembered'],
  ['my birthday is on the 3rd of May', 'my birthday is on the [date]'],
  ['date of birth: 04.11.2012', 'date of birth: [date]'],
  ['it was 14/02/2014 when I was born', 'it was [date] when I was born'],
  ['born in 2012 so I am the oldest', 'born in [date] so I am the oldest'],
  ['NHS 943 476 5919', 'NHS [number]'],
  ['my nhs number is 9434765919', 'my nhs number is [number]'],
  ['my ULN is 4123456789', 'my ULN is [number]'],
  // Classes
  ['I am in class 9C', 'I am in class [class]'],
  ['everyone in 7 Red is loud', 'everyone in [class] is loud'],
  ['8B is the worst form', '[class] is the worst form'],
  ['our tutor group 10KJ never gets rewards', 'our tutor group [class] never gets rewards'],
  ['people in 9x1 copy my work', 'people in [class] copy my work'],
];

describe('redacting what pupils write in English', () => {
  it.each(SENTENCES)('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});
