import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TallyCell } from '../../shared/report';
import { addTallies, tallyResponse } from '../../shared/scoring';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { DEMO_SETTINGS } from '../../functions/local/demo-city';
import { seededRandom } from '../../functions/local/random';
import { answerFor, pickGender } from '../../functions/local/seed';
import { keys } from '../../functions/store/keys';
import type { Store } from '../../functions/store/types';

/**
 * `total` synthetic responses over the demo city's settings and year groups in proportion to
 * their size, stored as the product stores them: tallies (added in bulk) and raw response items.
 */
export async function loadResponses(store: Store, db: DynamoDBDocumentClient, table: string, waveId: string, total: number, only?: string) {
  const rnd = seededRandom(total);
  const settings = only ? DEMO_SETTINGS.filter((s) => s.id === only) : DEMO_SETTINGS;
  const places = settings.flatMap((s) => Object.entries(s.years).map(([year, n]) => ({ s, year: Number(year), n })));
  const weight = places.reduce((a, p) => a + p.n, 0);
  const cells = new Map<string, TallyCell>();
  const raw: Record<string, unknown>[] = [];
  for (const p of places) {
    const survey = p.s.audience === 'primary' ? primarySurvey : secondarySurvey;
    const count = Math.round((total * p.n) / weight);
    for (let i = 0; i < count; i++) {
      const gender = pickGender(rnd);
      const answers = answerFor(rnd, survey, p.s, p.year, gender);
      const key = `${p.s.id}|${p.year}|${gender}`;
      const cell = cells.get(key) ?? { settingId: p.s.id, yearGroup: String(p.year), gender, tally: {} };
      cell.tally = addTallies(cell.tally, tallyResponse(survey, answers));
      cells.set(key, cell);
      raw.push({ ...keys.response(waveId, p.s.id, rnd.uuid()), waveId, settingId: p.s.id, yearGroup: String(p.year), day: '2026-11-20', answers, comments: {}, expiresAt: 1_800_000_000 });
    }
  }
  await store.addToTallies(waveId, [...cells.values()]);
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < raw.length; i += 25) batches.push(raw.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        let items = batch.map((Item) => ({ PutRequest: { Item } }));
        while (items.length) {
          const res = await db.send(new BatchWriteCommand({ RequestItems: { [table]: items } }));
          items = (res.UnprocessedItems?.[table] ?? []) as typeof items;
        }
      }
    }),
  );
  return raw.length;
}
