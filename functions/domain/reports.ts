import type { Wave } from '../../shared/catalog';
import { cityReport, GroupRefused, settingReport, type CityReport, type ReportFilter, type SettingReport } from '../../shared/report';
import { notFound, Problem } from '../http/problem';
import type { Store } from '../store/types';
import { surveyFor } from './waves';

type Deps = { store: Store; threshold: number };

async function waveOrThrow(store: Store, waveId: string) {
  const wave = await store.getWave(waveId);
  if (!wave) throw notFound('wave.unknown', `There is no survey round "${waveId}". Pick one from the list of rounds.`);
  return wave;
}

/** Waves that opened no later than `wave`, oldest first: the trend a report can show. */
const upTo = (waves: Wave[], wave: Wave) => waves.filter((w) => w.opensOn <= wave.opensOn).sort((a, b) => a.opensOn.localeCompare(b.opensOn));

/** A setting's report for a wave, from tallies only (never raw responses), with its trend across waves. */
export async function buildSettingReport({ store, threshold }: Deps, settingId: string, waveId: string, filter?: ReportFilter): Promise<SettingReport> {
  const [wave, setting, settings, waves] = await Promise.all([
    waveOrThrow(store, waveId),
    store.getSetting(settingId),
    store.listSettings(),
    store.listWaves(),
  ]);
  if (!setting) throw notFound('setting.unknown', `There is no setting "${settingId}".`);
  const history = await Promise.all(upTo(waves, wave).map(async (w) => ({ wave: w, tallies: await store.readTallies(w.id) })));
  try {
    return settingReport({ wave, setting, survey: surveyFor(wave, setting.audience), settings, history, threshold, ...(filter ? { filter } : {}) });
  } catch (err) {
    if (err instanceof GroupRefused) throw new Problem(422, 'report.group_too_small', 'Group not shown', err.detail);
    throw err;
  }
}

/** The city and its localities for a wave, with the previous wave for change; settings for admin only. */
export async function buildCityReport({ store, threshold }: Deps, waveId: string, options: { withSettings: boolean }): Promise<CityReport> {
  const [wave, settings, waves] = await Promise.all([waveOrThrow(store, waveId), store.listSettings(), store.listWaves()]);
  const before = upTo(waves, wave).filter((w) => w.id !== wave.id).at(-1);
  const [tallies, previousTallies] = await Promise.all([store.readTallies(wave.id), before ? store.readTallies(before.id) : undefined]);
  return cityReport({
    wave,
    surveys: (['secondary', 'primary'] as const).map((a) => surveyFor(wave, a)),
    settings,
    tallies,
    ...(before && previousTallies ? { previous: { wave: before, tallies: previousTallies } } : {}),
    threshold,
    withSettings: options.withSettings,
  });
}
