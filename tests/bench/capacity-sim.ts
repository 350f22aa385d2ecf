import { seededRandom, type Random } from '../../functions/local/random';

/**
 * The peak hour of a round, pupil by pupil, second by second: which partition keys and items
 * each pupil's page and answers touch, and with how many capacity units (measured, see
 * capacity-model.ts). Pure arithmetic over generated settings; nothing is stored.
 */

/** A round's population: settings by phase, with pupils on roll and the year groups that answer. */
export type Population = {
  name: string;
  pupils: number;
  /** [count, mean pupils, year groups] by phase; sizes vary ±60 % around the mean and are scaled to `pupils`. */
  phases: { name: string; settings: number; meanPupils: number; years: number }[];
  /** The share of all pupils who answer in the peak hour (the rest answer outside it). */
  inPeakHour: number;
};

export const MANCHESTER: Population = {
  name: 'city round (Manchester)',
  pupils: 85_500,
  phases: [
    { name: 'primary', settings: 130, meanPupils: 320, years: 7 },
    { name: 'secondary', settings: 32, meanPupils: 1_100, years: 7 },
    { name: 'special and PRU', settings: 20, meanPupils: 90, years: 12 },
  ],
  inPeakHour: 0.5,
};

/** England, state-funded schools (about 8.4 million pupils, 21,600 schools). */
export const ENGLAND: Population = {
  name: 'national round (England)',
  pupils: 8_400_000,
  phases: [
    { name: 'primary', settings: 16_700, meanPupils: 275, years: 7 },
    { name: 'secondary', settings: 3_450, meanPupils: 1_020, years: 7 },
    { name: 'special and AP', settings: 1_450, meanPupils: 120, years: 12 },
  ],
  inPeakHour: 0.5,
};

/** Where a call lands, by the partition key's kind (functions/store/keys.ts). */
export const KINDS = ['CATALOG', 'RESPOND', 'CODE', 'GUESS', 'SUBMISSION', 'RESPONSES', 'TALLY', 'OTHER'] as const;
export type Kind = (typeof KINDS)[number];
/** Capacity units of one request, by the kind of key they land on (measured on the current store, capacity-model.ts). */
export type Cost = { reads: Partial<Record<Kind, number>>; writes: Partial<Record<Kind, number>> };
/** A pupil makes two requests: the survey link's page (or GET /api/join) and the send. */
export type Units = { open: Cost; send: Cost };

/** Where a pupil's tally lands: the partition key and the item, from its setting, year group, gender and shard. */
export type TallyKeys = { name: string; shards: number; pk: (setting: number, shard: number) => string; item: (setting: number, shard: number, year: number, gender: number) => string };

export const KEYS_BEFORE: TallyKeys = { name: 'TALLY#<wave>, one item per setting × year group', shards: 1, pk: () => 'TALLY#wave', item: (s, _, y) => `${s}#${y}` };
export const keysAfter = (shards: number): TallyKeys => ({
  name: `TALLY#<wave>#<setting>#<shard of ${shards}>, one item per year group × gender`,
  shards,
  pk: (s, shard) => `${s}#${shard}`,
  item: (s, shard, y, g) => `${s}#${shard}#${y}#${g}`,
});

/** Girl, boy, another way, not said. */
const GENDERS = [0.48, 0.48, 0.02, 0.02];
const gender = (rnd: Random) => {
  let u = rnd.next();
  for (let g = 0; g < GENDERS.length; g++) if ((u -= GENDERS[g]!) < 0) return g;
  return GENDERS.length - 1;
};

export type Peaks = {
  pupilsInPeakHour: number;
  largestYearGroup: number;
  /** Per second, at the busiest second: units on the busiest key of each kind. */
  tallyPk: number;
  tallyItem: number;
  responsesPk: number;
  guessItem: number;
  codeItem: number;
  catalogPk: number;
  respondPk: number;
  /** The whole table, and requests to the API, at the busiest second. */
  tableWrites: number;
  tableReads: number;
  requests: number;
};

/** Adds `units` to key `key` at second `t` in a per-key table of seconds, and keeps the maximum. */
function tally(map: Map<string, Map<number, number>>, key: string, t: number, units: number) {
  let seconds = map.get(key);
  if (!seconds) map.set(key, (seconds = new Map()));
  seconds.set(t, (seconds.get(t) ?? 0) + units);
}
const peakOf = (map: Map<string, Map<number, number>>) => {
  let peak = 0;
  for (const seconds of map.values()) for (const v of seconds.values()) peak = Math.max(peak, v);
  return peak;
};

/**
 * The peak hour: every year group of every setting answering in it opens the survey together
 * (within 10 s) and sends together (within 10 s), seven minutes later, at a random moment of the
 * hour, the worst case the issue names (a year group in an assembly). Each setting's own keys are
 * tallied per setting; the keys every pupil shares are tallied over the whole round.
 */
export function simulate(pop: Population, units: Units, keys: TallyKeys, seed = 1): Peaks {
  const rnd = seededRandom(seed);
  const HOUR = 3_600;
  const SURVEY = 420;
  const BURST = 10;
  const sizes = pop.phases.flatMap((p) => Array.from({ length: p.settings }, () => ({ phase: p, size: p.meanPupils * (0.4 + 1.2 * rnd.next()) })));
  const scale = pop.pupils / sizes.reduce((a, s) => a + s.size, 0);
  const shared = { catalog: new Float64Array(HOUR + SURVEY + BURST), respond: new Float64Array(HOUR + SURVEY + BURST), tally: new Float64Array(HOUR + SURVEY + BURST) };
  const writes = new Float64Array(HOUR + SURVEY + BURST);
  const reads = new Float64Array(HOUR + SURVEY + BURST);
  const requests = new Float64Array(HOUR + SURVEY + BURST);
  const peaks: Peaks = { pupilsInPeakHour: 0, largestYearGroup: 0, tallyPk: 0, tallyItem: 0, responsesPk: 0, guessItem: 0, codeItem: 0, catalogPk: 0, respondPk: 0, tableWrites: 0, tableReads: 0, requests: 0 };
  const single = keys.pk(0, 0) === keys.pk(1, 0);
  sizes.forEach(({ phase, size }, s) => {
    const yearGroup = Math.round((size * scale) / phase.years);
    const perSetting = { pk: new Map<string, Map<number, number>>(), item: new Map<string, Map<number, number>>(), responses: new Map<string, Map<number, number>>(), guess: new Map<string, Map<number, number>>(), code: new Map<string, Map<number, number>>() };
    for (let y = 0; y < phase.years; y++) {
      if (rnd.next() >= pop.inPeakHour) continue; // this year group answers outside the peak hour
      peaks.largestYearGroup = Math.max(peaks.largestYearGroup, yearGroup);
      peaks.pupilsInPeakHour += yearGroup;
      const start = Math.floor(rnd.next() * HOUR);
      for (let p = 0; p < yearGroup; p++) {
        const shard = Math.floor(rnd.next() * keys.shards);
        const g = gender(rnd);
        for (const [t, cost] of [
          [start + Math.floor(rnd.next() * BURST), units.open],
          [start + SURVEY + Math.floor(rnd.next() * BURST), units.send],
        ] as const) {
          requests[t]! += 1;
          for (const [kind, u] of Object.entries(cost.reads) as [Kind, number][]) {
            reads[t]! += u;
            if (kind === 'CATALOG') shared.catalog[t]! += u;
            if (kind === 'RESPOND') shared.respond[t]! += u;
            if (kind === 'CODE') tally(perSetting.code, 'code', t, u);
          }
          for (const [kind, u] of Object.entries(cost.writes) as [Kind, number][]) {
            writes[t]! += u;
            if (kind === 'GUESS') tally(perSetting.guess, 'guess', t, u);
            if (kind === 'RESPONSES') tally(perSetting.responses, 'responses', t, u);
            if (kind !== 'TALLY') continue;
            if (single) shared.tally[t]! += u;
            else tally(perSetting.pk, keys.pk(s, shard), t, u);
            tally(perSetting.item, keys.item(s, shard, y, g), t, u);
          }
        }
      }
    }
    peaks.tallyPk = Math.max(peaks.tallyPk, peakOf(perSetting.pk));
    peaks.tallyItem = Math.max(peaks.tallyItem, peakOf(perSetting.item));
    peaks.responsesPk = Math.max(peaks.responsesPk, peakOf(perSetting.responses));
    peaks.guessItem = Math.max(peaks.guessItem, peakOf(perSetting.guess));
    peaks.codeItem = Math.max(peaks.codeItem, peakOf(perSetting.code));
  });
  const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), 0);
  if (single) peaks.tallyPk = max(shared.tally);
  peaks.catalogPk = max(shared.catalog);
  peaks.respondPk = max(shared.respond);
  peaks.tableWrites = max(writes);
  peaks.tableReads = max(reads);
  peaks.requests = max(requests);
  return peaks;
}
