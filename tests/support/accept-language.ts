/**
 * `Accept-Language` headers as browsers send them, with the language the pupil app opens in on a
 * device where nobody has chosen one (boot.ts: the first of `navigator.languages` Heard offers).
 * A survey link's page is drawn in that language (functions/pupil-page).
 */
export const ACCEPT_LANGUAGE_CASES: readonly [header: string | undefined, lang: string][] = [
  [undefined, 'en'],
  ['', 'en'],
  ['ar', 'ar'],
  ['ur-PK,ur;q=0.9,en-GB;q=0.8,en;q=0.7', 'ur'],
  ['en-GB,en;q=0.9,pl;q=0.8', 'en'],
  ['de-DE,de;q=0.9,so;q=0.8,en;q=0.7', 'so'],
  ['fr, bn;q=0.5', 'bn'],
  ['pl;q=0.2, ar;q=0.8', 'ar'],
  ['ar;q=0, pl', 'pl'],
  ['BN-bd', 'bn'],
  ['zh-Hant-TW,zh;q=0.9', 'en'],
  ['*', 'en'],
  ['ar;q=0.5,ur;q=0.5', 'ar'],
  [' so ; q = 1 , ar', 'so'],
];
