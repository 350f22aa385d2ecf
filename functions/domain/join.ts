import { JoinCode, ONCE_CODE_LENGTH, type Setting, type Wave } from '../../shared/catalog';
import { forLanguage, type Survey } from '../../shared/survey';
import type { Language } from '../../shared/survey/schema';
import { conflict, notFound, Problem } from '../http/problem';
import type { HeardLine } from '../../shared/respond/board';
import type { Store, StoredLine } from '../store/types';
import { hashCode } from './codes';
import type { CodeGuesses } from './guesses';
import { heardLineFor } from './respond/heard-line';
import { isOpen, surveyFor } from './waves';

export type Joined = {
  wave: Wave;
  setting: Setting;
  survey: Survey;
  yearGroup?: string;
  onceHash?: string;
  /** "Last time you told us …" lines of the setting and the city, when asked for (`withHeard`). */
  lines?: Record<string, StoredLine>;
};
type Deps = { store: Store; codePepper: string; guesses?: CodeGuesses };
type Options = {
  allowClosed?: boolean;
  /** Who is trying the code, for the guessing limit (functions/http/client-address.ts); omitted only by the demo seeder. */
  from?: string;
  /** Also read the "Last time you told us" lines (for the survey, not for sending answers). */
  withHeard?: boolean;
};

const NO_SUCH_CODE = 'We could not find a survey for that code. Check it with your teacher and try again.';

/**
 * What a join code opens: an open wave, the pupil's setting, and the survey they answer. The
 * attempt is counted towards the guessing limit at the same time as the code is looked up; if the
 * limit refuses it, the lookup's answer is thrown away unseen, so a refusal says nothing about the code.
 */
export async function openJoinCode(deps: Deps, rawCode: string, today: string, options: Options = {}): Promise<Joined> {
  const attempt = deps.guesses && options.from !== undefined ? deps.guesses.attempt(options.from, rawCode) : undefined;
  const lookup = lookUp(deps, rawCode, today, options).then(
    (joined) => ({ joined }),
    (error: unknown) => ({ error }),
  );
  const counted = await attempt;
  const outcome = await lookup;
  const unknown = 'error' in outcome && outcome.error instanceof Problem && outcome.error.code === 'code.unknown';
  if (!unknown) await counted?.worked();
  if ('error' in outcome) throw outcome.error;
  return outcome.joined;
}

async function lookUp({ store, codePepper }: Deps, rawCode: string, today: string, options: Options): Promise<Joined> {
  const parsed = JoinCode.safeParse(rawCode);
  if (!parsed.success) throw notFound('code.unknown', NO_SUCH_CODE);
  const onceHash = parsed.data.length === ONCE_CODE_LENGTH ? hashCode(codePepper, parsed.data) : undefined;
  const entry = onceHash ? await store.findOnceCode(onceHash) : await store.findJoinCode(parsed.data);
  if (!entry) throw notFound('code.unknown', NO_SUCH_CODE);
  if ('used' in entry && entry.used) {
    throw conflict('code.used', 'This code has already been used. Each code works once: ask your teacher for a new one.');
  }
  const [wave, setting, lines] = await Promise.all([
    store.getWave(entry.waveId),
    store.getSetting(entry.settingId),
    options.withHeard ? store.getHeardLines([entry.settingId, 'city']) : undefined,
  ]);
  if (!wave || !setting) throw notFound('code.unknown', NO_SUCH_CODE);
  if (!options.allowClosed && !isOpen(wave, today)) {
    throw notFound('wave.closed', 'This survey is not open at the moment. Thank you for wanting to take part.');
  }
  return {
    wave,
    setting,
    survey: surveyFor(wave, setting.audience),
    ...(entry.yearGroup ? { yearGroup: entry.yearGroup } : {}),
    ...(onceHash ? { onceHash } : {}),
    ...(lines ? { lines } : {}),
  };
}

/** What the pupil's device is sent about a join code, in one language. */
export type JoinInfo = {
  wave: { id: string; title: string; closesOn: string };
  setting: { id: string; name: string; safeguardingLead?: string };
  /** A class code already knows the year group, so the app can skip that question. */
  yearGroup?: string;
  survey: Survey;
  /** "Last time you told us … so we …": the setting's latest published answer, else the city's. */
  heard?: HeardLine;
};

/** The wave, the setting's name (and safeguarding lead) and the survey in one language; nothing else. */
export function joinInfo({ wave, setting, survey, yearGroup, lines }: Joined, lang: Language): JoinInfo {
  const heard = lines && heardLineFor(lines, setting.id, lang);
  return {
    wave: { id: wave.id, title: wave.title, closesOn: wave.closesOn },
    setting: { id: setting.id, name: setting.name, ...(setting.safeguardingLead ? { safeguardingLead: setting.safeguardingLead } : {}) },
    ...(yearGroup ? { yearGroup } : {}),
    survey: forLanguage(survey, lang),
    ...(heard ? { heard } : {}),
  };
}
