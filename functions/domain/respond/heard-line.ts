import type { HeardLine } from '../../../shared/respond/board';
import type { LanguageCode } from '../../../shared/i18n/languages';
import type { StoredLine } from '../../store/types';
import type { Deps } from './common';
import { localised } from './localised';

/**
 * Keeps the "Last time you told us … so we …" line of a setting (or of the city) ready, so a
 * survey link reads it with one more key in a batch it makes anyway, instead of building the
 * public page on a pupil's first paint. The line is the most recently published answer.
 */
export async function refreshHeardLine(deps: Deps, scope: 'city' | { settingId: string }) {
  const line = scope === 'city' ? await cityLine(deps) : await settingLine(deps, scope.settingId);
  await deps.store.putHeardLine(scope === 'city' ? 'city' : scope.settingId, line);
}

const did = (p: { weWill: string; weDid?: string; translations?: { weWill?: Record<string, string>; weDid?: Record<string, string> } }) =>
  p.weDid ? { did: p.weDid, didIn: p.translations?.weDid ?? {} } : { did: p.weWill, didIn: p.translations?.weWill ?? {} };

async function cityLine(deps: Deps): Promise<StoredLine | undefined> {
  const [answers, findings] = await Promise.all([deps.store.listAnswers(), deps.store.listFindings()]);
  const latest = answers.filter((a) => a.published && a.publishedOn).sort((a, b) => b.publishedOn!.localeCompare(a.publishedOn!))[0];
  const finding = latest && findings.find((f) => f.id === latest.findingId);
  if (!latest || !finding) return undefined;
  return { said: finding.text, saidIn: finding.translations, ...did(latest.published!) };
}

async function settingLine(deps: Deps, settingId: string): Promise<StoredLine | undefined> {
  const latest = (await deps.store.listEntries(settingId))
    .filter((e) => e.published && e.publishedOn)
    .sort((a, b) => b.publishedOn!.localeCompare(a.publishedOn!))[0];
  if (!latest) return undefined;
  return { said: latest.published!.youSaid ?? '', saidIn: latest.published!.translations?.youSaid ?? {}, ...did(latest.published!) };
}

/** Room for each half of the line: it rides in every survey link's first response (docs/design.md). */
export const LINE_CHARS = 100;

/** A text's first sentence if it fits, else as many whole words as fit, with "…": the rest is one tap away. */
export function shortened(text: string, max = LINE_CHARS): string {
  const first = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** The line for a pupil of `settingId`: their setting's own if it has published one, else the city's. */
export function heardLineFor(lines: Record<string, StoredLine>, settingId: string, lang: LanguageCode): HeardLine | undefined {
  const line = lines[settingId] ?? lines.city;
  if (!line) return undefined;
  const part = (text: string, translations: StoredLine['saidIn']) => {
    const l = localised(text, translations, lang);
    return { ...l, text: shortened(l.text) };
  };
  return { said: part(line.said, line.saidIn), did: part(line.did, line.didIn), href: `/you-said/${settingId}` };
}
