/**
 * Which language to open the pupil app in: the one chosen on this device before, else the first
 * of the browser's preferred languages that Heard offers (`ur-PK` counts as `ur`), else English.
 */
export function chooseLanguage<L extends string>(stored: string | null | undefined, preferred: readonly string[], offered: readonly L[], fallback: L): L {
  const find = (tag: string | null | undefined) => offered.find((l) => l === tag?.toLowerCase().split(/[-_]/)[0]);
  return find(stored) ?? preferred.map(find).find(Boolean) ?? fallback;
}

/**
 * The languages an `Accept-Language` header asks for, most wanted first (by `q`, then order);
 * those with `q=0` are refused and left out. Browsers build the header from the same list as
 * `navigator.languages`, so a server can tell which language the app will open in on a device
 * where nobody has chosen one yet: a survey link's page is drawn on the server in that language
 * (functions/pupil-page/routes.ts).
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number.parseFloat(q), i };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((t) => t.tag);
}
