import { cityReport, settingReport, type CityReport, type SettingReport } from '../../shared/report';
import { notFound } from '../http/problem';
import type { Store } from '../store/types';
import { surveyFor } from './waves';

type Deps = { store: Store; threshold: number };

async function waveOrThrow(store: Store, waveId: string) {
  const wave = await store.getWave(waveId);
  if (!wave) throw notFound('wave.unknown', `There is no survey round "${waveId}". Pick one from the list of rounds.`);
  return wave;
}

/** A setting's report for a wave, built from tallies only (never raw responses). */
export async function buildSettingReport({ store, threshold }: Deps, settingId: string, waveId: string): Promise<SettingReport> {
  const [wave, setting, settings, tallies] = await Promise.all([
    waveOrThrow(store, waveId),
    store.getSetting(settingId),
    store.listSettings(),
    store.readTallies(waveId),
  ]);
  if (!setting) throw notFound('setting.unknown', `There is no setting "${settingId}".`);
  return settingReport({ wave, setting, survey: surveyFor(wave, setting.audience), settings, tallies, threshold });
}

/** The city and its localities for a wave; no setting-level figures. */
export async function buildCityReport({ store, threshold }: Deps, waveId: string): Promise<CityReport> {
  const [wave, settings, tallies] = await Promise.all([waveOrThrow(store, waveId), store.listSettings(), store.readTallies(waveId)]);
  const surveys = (['secondary', 'primary'] as const).map((a) => surveyFor(wave, a));
  return cityReport({ wave, surveys, settings, tallies, threshold });
}
