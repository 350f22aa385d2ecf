/**
 * Emails (also spelled out: "jamie dot smith at gmail dot com"), links, social media handles,
 * UK postcodes and street addresses.
 */
const STREET = '(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Grove|Way|Crescent|Court|Place|Terrace|Walk|Gardens|Square|Row|Mews|Parade|Brow)';
const PLACE = '(?:Primary|School|Academy|High|College|Centre|Center|Library|Park|Leisure|Youth|Community|Medical|Surgery|Health|Mosque|Church|Station|Sixth)';
const DOT = String.raw`(?:\s*\.\s*|\s+dot\s+|\s*[([]dot[)\]]\s*)`;
const AT = String.raw`(?:\s*@\s*|\s+at\s+|\s*[([]at[)\]]\s*)`;
const PROVIDER = 'gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|msn|btinternet|protonmail';
const TLD = String.raw`(?:com|co${DOT}uk|org|net|uk|io|me|ac${DOT}uk|sch${DOT}uk|gov${DOT}uk|edu|info|pk|bd|so|pl)`;
const PLATFORM = 'snapchat|snap|sc|instagram|insta|ig|tiktok|discord|roblox|fortnite|xbox|psn|playstation|steam|twitch|youtube|yt|whatsapp|telegram|twitter|facebook|fb|threads';

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  // Spelled out: the local part may itself be dotted ("jamie dot smith"). After a plain "at" the
  // domain must be a mail provider or a school's, so "look at youtube dot com" stays a link.
  [new RegExp(String.raw`\b[\w+-]+(?:${DOT}[\w+-]+)*(?:${AT})(?:${PROVIDER})\b(?:${DOT}[a-z]+)*`, 'gi'), '[email]'],
  [new RegExp(String.raw`\b[\w+-]+(?:${DOT}[\w+-]+)*(?:\s+at\s+)[\w-]+(?:${DOT}[\w-]+)*${DOT}(?:sch|ac|gov|nhs)${DOT}uk\b`, 'gi'), '[email]'],
  [new RegExp(String.raw`\b[\w+-]+(?:${DOT}[\w+-]+)*(?:\s*@\s*|\s*[([]at[)\]]\s*)[\w-]+(?:${DOT}[\w-]+)*${DOT}${TLD}\b`, 'gi'), '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[link]'],
  [/\b[\w-]+\.(?:com|co\.uk|org|net|uk|io|me|tv|gg)(?:\/\S*)?\b/gi, '[link]'],
  [new RegExp(String.raw`\b[\w-]+(?:\s+dot\s+[\w-]+)*\s+dot\s+(?:com|co\s+dot\s+uk|org|net|tv|gg)\b(?:\s*(?:slash|/)\s*[\w-]+)*`, 'gi'), '[link]'],
  [/(?<=^|[\s(])@[A-Za-z0-9_.]{2,30}\b/g, '[handle]'],
  // Discord's older tags: "shadow#1234".
  [/\b[A-Za-z0-9_.]{2,32}#\d{4}\b/g, '[handle]'],
  // "my snap is jamie_s11", "add me on insta: jamiesmith", "my roblox username is xX_jamie_Xx"
  [new RegExp(String.raw`(?<=\b(?:${PLATFORM})\s*(?:user\s*name|username|name|handle|id|tag|acc|account)?\s*(?:is|=|:|-)\s*)@?[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*\b`, 'gi'), '[handle]'],
  [new RegExp(String.raw`(?<=\b(?:(?:${PLATFORM})\s*:|add\s+me\s+on\s+(?:${PLATFORM})\s*(?:[:,-]|is|its|it's)?)\s*)(?!(?:if|and|or|please|pls|its|it's|it|then|now|too|as|me|for|to)\b)@?[A-Za-z0-9_.]{3,30}\b`, 'gi'), '[handle]'],
  // "jamie2012 is my username"
  [new RegExp(String.raw`\b[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*(?=\s+(?:is|was)\s+my\s+(?:${PLATFORM}|user\s*name|username|gamertag|gamer\s+tag|handle)\b)`, 'gi'), '[handle]'],
  [new RegExp(String.raw`(?<=\b(?:user\s*name|username|gamertag|gamer\s+tag|handle)\s*(?:is|=|:|-)?\s*)@?[A-Za-z0-9_.]{3,30}\b`, 'gi'), '[handle]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  // "I live in M14": the district of a postcode said as where someone lives.
  [/(?<=\b(?:live|lives|living|stay|stays|staying|postcode)\s+(?:in|near|at|round|is)?\s*)[A-Z]{1,2}\d{1,2}[A-Z]?\b/gi, '[postcode]'],
  // "12 Acacia Road", "22b Moss Lane", "Moss Lane", "flat 3"
  [new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b`, 'g'), '[address]'],
  // A street without a number, unless it names a place: "Meadow Lane Primary School".
  [new RegExp(`\\b(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b(?!\\s+${PLACE})`, 'g'), '[address]'],
  [/\b(?:flat|apartment|apt|house|number)\s+\d{1,4}[a-z]?\b/gi, '[address]'],
  // The district after an address: "15 Claremont Road M14".
  [/(?<=\[address\],?\s+)[A-Z]{1,2}\d{1,2}[A-Z]?\b/g, '[postcode]'],
];

export function redactContacts(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
