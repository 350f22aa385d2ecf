import { replaceDigits } from './digits';

/**
 * Phone numbers, NHS and other ID numbers, and dates of birth, in any of the digits pupils use.
 * A date is taken out when it is said to be a birthday or a date of birth, or when it is a full
 * date in the years pupils were born; other dates ("on 12 March we have a trip") stay.
 */
const MONTH = [
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec',
  // Polish (genitive, as in "12 maja") and Somali month names.
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia',
  'janaayo|febraayo|maarso|abriil|maajo|juun|luulyo|ogoosto|sebtembar|oktoobar|nofembar|desembar',
  // Arabic, Urdu and Bengali script.
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر',
  'جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر',
  'জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর',
].join('|');
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const DATE = [
  String.raw`\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?`,
  String.raw`${DAY}\s+(?:of\s+)?(?:${MONTH})\.?(?:,?\s+${YEAR})?`,
  String.raw`(?:${MONTH})\.?\s+${DAY}(?:,?\s+${YEAR})?`,
  // A month alone, except "may" ("my birthday may be…") unless a year follows it.
  String.raw`(?:${MONTH.replace('|may|', '|')})(?:\s+${YEAR})?|may\s+${YEAR}`,
  YEAR,
].map((d) => `(?:${d})`).join('|');

const BIRTH = [
  String.raw`dob|d\.o\.b\.?|date\s+of\s+birth|born|birthday|birth\s+day|b-?day|bday`,
  String.raw`urodzin(?:y|ach)?|urodzi[lł][ae]m\s+si[eę]|data\s+urodzenia`,
  String.raw`dhalashadayda|dhalashada|dhalasho|dhashay`,
  String.raw`saa?lgirah?|paidaish|janam\s?din|jonmo\s?din|janmodin|milad`,
  String.raw`تاريخ\s+الميلاد|عيد\s+ميلادي|ميلادي|تاریخ\s+پیدائش|سالگرہ|پیدائش|জন্মদিন|জন্ম\s+তারিখ|জন্ম`,
].join('|');
const GAP = String.raw`[^\d\n.!?]{0,24}?`;
const NOT_WORD = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;

const SAYS_BIRTH = new RegExp(BIRTH, 'iu');

/** Each rule, and a quick test that the text could hold what the rule looks for. */
const RULES: ReadonlyArray<[RegExp, string, RegExp?]> = [
  // UK numbers: 07xxx xxxxxx, +44 7xxx, (0161) xxx xxxx, with spaces, dots or dashes.
  [new RegExp(String.raw`(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?:[\s.\-)]{0,2}\d){9,10}(?!\d)`, 'g'), '[phone]'],
  // Other countries' numbers, written with + or 00: +48 512 345 678, 00252 61 234 5678.
  [new RegExp(String.raw`(?<![\w+])(?:\+|00)[1-9](?:[\s.\-]?\d){7,13}(?!\d)`, 'g'), '[phone]'],
  // NHS numbers (ten digits, often 3-3-4), learner numbers, pupil numbers: any long number.
  [new RegExp(String.raw`(?<=nhs[^\d\n]{0,20})\d(?:[\s\-]?\d){9}(?!\d)`, 'gi'), '[number]', /nhs/i],
  [new RegExp(String.raw`(?<!\w)\d{3}[\s\-]\d{3}[\s\-]\d{4}(?!\d)`, 'g'), '[number]'],
  [new RegExp(String.raw`(?<!\w)\d{8,}(?!\d)`, 'g'), '[number]'],
  [new RegExp(String.raw`(?<!\w)[A-Z]\d{11}[A-Z\d](?!\w)`, 'g'), '[number]'],
  // A date said to be a birthday, before or after the words that say so.
  [new RegExp(String.raw`(?<=${NOT_WORD}(?:${BIRTH})${GAP})${NOT_WORD}(?:${DATE})${END}`, 'giu'), '[date]', SAYS_BIRTH],
  [new RegExp(String.raw`${NOT_WORD}(?:${DATE})(?=${GAP}(?:${BIRTH}))`, 'giu'), '[date]', SAYS_BIRTH],
  // A full date in the years pupils were born (2003–2020), said or not.
  [new RegExp(String.raw`(?<![\w/])\d{1,2}[/.\-]\d{1,2}[/.\-](?:20)?(?:0[3-9]|1\d|20)(?![\w/])`, 'g'), '[date]'],
  [new RegExp(String.raw`${NOT_WORD}${DAY}\s+(?:of\s+)?(?:${MONTH})\.?,?\s+20(?:0[3-9]|1\d|20)${END}`, 'giu'), '[date]'],
];

export function redactNumbers(text: string): string {
  return RULES.reduce((out, [pattern, marker, could]) => (could && !could.test(out) ? out : replaceDigits(out, pattern, marker)), text);
}
