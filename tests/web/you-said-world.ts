import type { Page } from 'playwright-core';
import { addAnswerUpdate, publishAnswer, recordVerdict, saveAnswer } from '../../functions/domain/respond/answers';
import { createEntry, publishEntry } from '../../functions/domain/respond/entries';
import { agreeFinding, draftFinding } from '../../functions/domain/respond/findings';
import { codes, submission } from '../support/fixtures';
import { answerFields, cityBelonging, respondDeps, seedResults } from '../support/respond';
import type { World } from './support/world';

/**
 * Published "You said, we did" for the browser tests, through the domain functions the API's
 * routes call (as staff and the youth council would through the API):
 *
 * - the city: "Lots of us do not feel we belong" (with Arabic drafts), answered on 10 November and
 *   changed on 20 November (so "updated on", with what it said before), one update shown and one
 *   scheduled for December, judged "Not enough yet" before the change; re-measured in the open
 *   round, where 12 pupils answered. And "Buses in the south feel unsafe" (English only, so shown
 *   in English on an Arabic page), "We can't do this", judged "Good enough", citing the city's Safe:
 *   not shown in the open round (none of its 12 pupils answered those questions), so nothing is
 *   drawn for it there.
 * - Alpha High School's own: "The library is too noisy at lunch".
 * - a vote in the open round on both city findings, 12 pupils.
 */
export const SAID = {
  belong: 'Lots of us do not feel we belong at school.',
  buses: 'Buses feel unsafe after school.',
  library: 'The library is too noisy to work in at lunch.',
};
export const WE = {
  clubs: 'We will start lunch clubs for pupils who feel left out.',
  clubsDid: 'We started lunch clubs in 12 schools.',
  earlierClubs: 'We will talk to schools about lunch clubs.',
  buses: 'We will ask the bus company for a helper on the late buses.',
  busesWhy: 'The bus company said no, because it has no money for helpers this year.',
  quiet: 'We will make one room of the library a quiet room.',
  shownUpdate: 'The first lunch club met on Monday.',
  laterUpdate: 'Clubs open in every secondary school in January.',
};
export const AR = { belong: 'كثير منا لا يشعر بالانتماء إلى المدرسة.', clubs: 'سنبدأ نوادي وقت الغداء للتلاميذ الذين يشعرون بأنهم مستبعدون.' };

export async function seedYouSaid(world: World) {
  const store = world.table.store;
  await seedResults(store, 'closed-wave');
  const early = respondDeps(store, () => new Date('2026-11-10T10:00:00Z'));
  const now = respondDeps(store);

  const { finding: belong } = await draftFinding(early, { text: SAID.belong, translations: { ar: AR.belong }, evidence: cityBelonging() });
  await agreeFinding(early, belong.id);
  await saveAnswer(early, belong.id, answerFields({ weWill: WE.earlierClubs, status: 'looking', progress: 10 }));
  await publishAnswer(early, belong.id);
  await addAnswerUpdate(early, belong.id, { text: WE.shownUpdate, showOn: '2026-11-12' });
  await addAnswerUpdate(early, belong.id, { text: WE.laterUpdate, showOn: '2026-12-01' });
  await recordVerdict(early, belong.id, { verdict: 'not-yet', comment: 'Talking is not enough. We want clubs.', sendBack: true });
  await saveAnswer(now, belong.id, answerFields({ weWill: WE.clubs, weDid: WE.clubsDid, progress: 60, translations: { weWill: { ar: AR.clubs } } }));
  await publishAnswer(now, belong.id);

  const { finding: buses } = await draftFinding(early, { text: SAID.buses, evidence: { ...cityBelonging(), id: 'safe' } });
  await agreeFinding(early, buses.id);
  await saveAnswer(early, buses.id, answerFields({ weWill: WE.buses, status: 'cannot', reason: WE.busesWhy, progress: 0, responsible: 'Transport for Greater Manchester' }));
  await publishAnswer(early, buses.id);
  await recordVerdict(now, buses.id, { verdict: 'good-enough', comment: 'Thank you for asking. Please ask again next year.', sendBack: false });

  const { entry } = await createEntry(now, 'alpha-high', {
    youSaid: SAID.library,
    evidence: { waveId: 'closed-wave', audience: 'secondary', kind: 'theme', id: 'belonging' },
    answer: answerFields({ weWill: WE.quiet, responsible: 'Alpha High School council', status: 'doing', progress: 30 }),
  });
  await publishEntry(now, 'alpha-high', entry.id);

  // The vote, in the open round: a ballot of both findings, and 12 pupils of Alpha High voting.
  const open = (await store.getWave('open-wave'))!;
  await store.putWave({
    ...open,
    ballot: { options: [belong, buses].map((f) => ({ findingId: f.id, text: f.text, translations: f.translations ?? {} })) },
  });
  for (let i = 0; i < 12; i++) {
    const res = await fetch(`${world.server.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission({ joinCode: codes['open-wave']!['alpha-high']!, answers: { year: 9, belong: i % 3 ? 4 : 3, friends: 4, priority: i % 4 ? belong.id : buses.id } })),
    });
    if (res.status !== 201) throw new Error(`a vote was not counted: ${res.status} ${await res.text()}`);
  }
  return { belong, buses, entry };
}

/** Nothing wider than the phone's screen. */
export const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
