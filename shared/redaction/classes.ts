/**
 * Class and form names: "8B", "in 9c", "class 10KJ", "form 7R2", "in 7 Red", "w klasie 6a". A year
 * group alone ("Year 9", "set 3") stays: it is already what a report groups by. Units and the
 * like ("6pm", "5k", "3D", "4G", "10th", "2x") are not classes.
 */
const YEAR = String.raw`(?:1[0-3]|[1-9])`;
const UNIT = String.raw`(?:am|pm|hrs?|mins?|secs?|km|kg|mb|gb|ml|mph|cm|mm|ft|yrs?|st|nd|rd|th|aad|[hklmpsux])`;
/** 2D, 3D, 4D, 3G, 4G, 5G are not classes; 9D and 7G are. */
const TECH = String.raw`(?![234]d(?![\p{L}\p{N}])|[345]g(?![\p{L}\p{N}]))`;
const COLOUR =
  'red|blue|green|yellow|orange|purple|pink|gold|silver|white|black|grey|indigo|violet|maroon|turquoise|ruby|emerald|sapphire|amber|oak|ash|elm|birch|beech|willow|maple|cedar|pine|rowan|hazel|lime';
const STRONG_CUE = String.raw`class|form|tutor\s+group|tutor|reg|registration|klasa|klasie|klasy|fasalka|fasalkayga|fasal`;
const WEAK_CUE = String.raw`in|from|with|to|and|or|w|z`;
const BEFORE = (cue: string) => String.raw`(?<=(?:^|[^\p{L}])(?:${cue})\s+(?:is\s+|was\s+)?(?:year\s*|y)?)`;
const END = String.raw`(?![\p{L}\p{N}])`;

const RULES: readonly RegExp[] = [
  new RegExp(String.raw`${BEFORE(STRONG_CUE)}${YEAR}(?!(?:st|nd|rd|th|aad)${END})[a-z]{1,3}\d?${END}`, 'giu'),
  new RegExp(String.raw`${BEFORE(`${STRONG_CUE}|${WEAK_CUE}|year`)}${YEAR}\s+(?:${COLOUR})${END}`, 'giu'),
  new RegExp(String.raw`${BEFORE(WEAK_CUE)}${TECH}${YEAR}(?!${UNIT}${END})[a-z]{1,3}\d?${END}`, 'giu'),
  // On its own: a year and one letter, "8B" or "9c".
  new RegExp(String.raw`(?<![\p{L}\p{N}/:.,£$€-])${TECH}${YEAR}(?!${UNIT}${END})[a-z]${END}`, 'giu'),
];

export function redactClasses(text: string): string {
  return RULES.reduce((out, pattern) => out.replace(pattern, '[class]'), text);
}
