import type { AnswerFields, CityEvidenceRef } from '../../shared/respond/schema';
import type { Principal } from '../auth/principal';
import { addAnswerUpdate, publishAnswer, recordVerdict, saveAnswer } from '../domain/respond/answers';
import { setBallot, setRanking } from '../domain/respond/ballot';
import type { Deps } from '../domain/respond/common';
import { addEntryUpdate, createEntry, publishEntry } from '../domain/respond/entries';
import { addNote, agreeFinding, draftFinding } from '../domain/respond/findings';
import type { Store } from '../store/types';

/**
 * The demo's "Listen and respond" loop for last term's round, so each role sees it at once:
 * the youth council's findings (agreed, and one still a draft under discussion), put to a vote
 * in this term's round; the council's answers with every status, dated updates (one still to
 * come), one changed after it was published; the youth council's verdicts (one sent back); and
 * two settings' own "You said, we did".
 */
const day = (today: Date, days: number) => new Date(today.getTime() + days * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const youth: Principal = { subject: 'demo-youth', name: 'youth', role: 'youth-council', settings: [] };

const FINDINGS: { text: string; evidence: Omit<CityEvidenceRef, 'waveId'>; note?: string }[] = [
  { text: 'Lots of us do not feel safe on the way to and from school.', evidence: { audience: 'secondary', scope: 'city', kind: 'question', id: 'safe_journey' }, note: 'Buses after dark are the worst.' },
  { text: 'We want more clubs and things to do after school.', evidence: { audience: 'secondary', scope: 'city', kind: 'theme', id: 'belonging', topic: 'clubs-and-activities' } },
  { text: 'Many of us feel worried or stressed a lot of the time.', evidence: { audience: 'secondary', scope: 'city', kind: 'question', id: 'worried' } },
  { text: 'Children in the North are less happy than in the rest of the city.', evidence: { audience: 'primary', scope: 'north', kind: 'theme', id: 'happy' } },
];

/** Findings from the closed round, agreed (and one draft), before this term's round opens. */
export async function seedFindings(store: Store, lastTermId: string, today: Date): Promise<string[]> {
  const deps: Deps = { store, threshold: 10, now: () => day(today, -110) };
  const agreed: string[] = [];
  for (const f of FINDINGS) {
    const { finding } = await draftFinding(deps, { text: f.text, evidence: { ...f.evidence, waveId: lastTermId } });
    if (f.note) await addNote(deps, finding.id, f.note, youth);
    await agreeFinding(deps, finding.id);
    agreed.push(finding.id);
  }
  const { finding } = await draftFinding(deps, {
    text: 'The toilets in lots of schools need fixing.',
    evidence: { waveId: lastTermId, audience: 'secondary', scope: 'city', kind: 'theme', id: 'healthy', topic: 'buildings-toilets-food' },
  });
  await addNote(deps, finding.id, 'Should this be for schools to answer, not the council?', youth);
  return agreed;
}

/** The ballot goes on this term's round while it is still a draft. */
export async function seedBallot(store: Store, thisTermId: string, agreed: string[], today: Date) {
  const deps: Deps = { store, threshold: 10, now: () => day(today, -20) };
  await setBallot(deps, thisTermId, agreed);
  await setRanking(deps, thisTermId, [agreed[0]!, agreed[2]!, agreed[1]!, agreed[3]!], youth);
}

/** Weights for pupils' votes, so the demo has a clear favourite. */
export const VOTE_WEIGHTS = [0.4, 0.3, 0.2, 0.1];

const answer = (today: Date, over: Partial<AnswerFields> & Pick<AnswerFields, 'weWill' | 'responsible' | 'status' | 'progress'>): AnswerFields => ({
  dueOn: iso(day(today, 120)),
  ...over,
});

/** The council's answers, the youth council's verdicts and two settings' own, after this term has opened. */
export async function seedAnswers(store: Store, agreed: string[], lastTermId: string, today: Date) {
  const earlier: Deps = { store, threshold: 10, now: () => day(today, -12) };
  const now: Deps = { store, threshold: 10, now: () => today };
  const [journey, clubs, worried, north] = agreed as [string, string, string, string];

  const buses = answer(today, { weWill: 'Youth workers will ride the busiest buses after school.', responsible: 'Manchester Youth Service', status: 'doing', progress: 30 });
  await saveAnswer(earlier, journey, buses);
  await addAnswerUpdate(earlier, journey, { text: 'Youth workers now ride the 53 and 86 buses after school.', showOn: iso(day(today, -10)) });
  await addAnswerUpdate(earlier, journey, { text: 'Two more bus routes will get youth workers.', showOn: iso(day(today, 21)) });
  await publishAnswer(earlier, journey);
  await saveAnswer(now, journey, { ...buses, progress: 45 });
  await publishAnswer(now, journey);

  await saveAnswer(earlier, clubs, answer(today, {
    weWill: 'We will open free clubs after school in libraries and youth centres.',
    weDid: 'We opened 12 free clubs. They run on weekdays until 6pm.',
    responsible: 'Manchester Libraries and Youth Service',
    status: 'done',
    progress: 100,
  }));
  await publishAnswer(earlier, clubs);

  await saveAnswer(earlier, worried, answer(today, {
    weWill: 'We will ask schools and young people what helps most, and tell you what we find.',
    responsible: 'Manchester Mental Health in Schools Team',
    status: 'looking',
    progress: 15,
  }));
  await publishAnswer(earlier, worried);

  await saveAnswer(earlier, north, answer(today, {
    weWill: 'We will share what makes children happy in other areas with schools in the North.',
    responsible: 'North Manchester Early Help Team',
    status: 'cannot',
    reason: 'We cannot give extra money to one area this year. We will ask again next year.',
    progress: 0,
  }));
  await publishAnswer(earlier, north);

  const judged: Deps = { store, threshold: 10, now: () => day(today, -5) };
  await recordVerdict(judged, journey, { verdict: 'not-yet', comment: 'Two buses is a start. Every busy route needs this.', sendBack: true });
  await recordVerdict(judged, clubs, { verdict: 'good-enough', comment: 'Good. Please keep them free.', sendBack: false });

  for (const [settingId, youSaid, fields, update] of SETTING_ENTRIES(today)) {
    const { entry } = await createEntry(earlier, settingId, { youSaid, evidence: { waveId: lastTermId, audience: 'secondary', kind: 'theme', id: 'safe' }, answer: fields });
    if (update) await addEntryUpdate(earlier, settingId, entry.id, { text: update, showOn: iso(day(today, -3)) });
    await publishEntry(earlier, settingId, entry.id);
  }
}

const SETTING_ENTRIES = (today: Date): [string, string, AnswerFields, string?][] => [
  [
    'oakwood-high',
    'You said the toilets are often locked or dirty.',
    answer(today, { weWill: 'We will keep the toilets open all day and clean them at lunch.', weDid: 'The toilets now stay open, and are cleaned twice a day.', responsible: 'Oakwood High School', status: 'done', progress: 100 }),
  ],
  [
    'city-heights-high',
    'You said you do not always feel safe in the corridors.',
    answer(today, { weWill: 'Staff will stand in the busy corridors between lessons.', responsible: 'City Heights High School council', status: 'doing', progress: 60 }),
    'Staff now stand on every stairway at break.',
  ],
];
