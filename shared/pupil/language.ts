/**
 * Which language to open the pupil app in: the one chosen on this device before, else the first
 * of the browser's preferred languages that Heard offers (`ur-PK` counts as `ur`), else English.
 */
export function chooseLanguage<L extends string>(stored: string | null | undefined, preferred: readonly string[], offered: readonly L[], fallback: L): L {
  const find = (tag: string | null | undefined) => offered.find((l) => l === tag?.toLowerCase().split(/[-_]/)[0]);
  return find(stored) ?? preferred.map(find).find(Boolean) ?? fallback;
}
