import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, TODAY } from '../support/fixtures';
import { testApp } from '../support/app';
import { agreedFinding, answerFields, seedResults } from '../support/respond';

let ctx: Awaited<ReturnType<typeof testApp>>;
let clock = TODAY.getTime();
const send = (method: string, path: string, token: string, body?: unknown) =>
  ctx.app.request(path, {
    method,
    headers: { ...ctx.bearer(token), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const admin = (method: string, path: string, body?: unknown) => send(method, path, ctx.tokens.admin, body);
const board = async (path = '', lang = 'en') => (await ctx.app.request(`/api/public/you-said${path}?lang=${lang}`)).json();
const day = (iso: string) => () => (clock = Date.parse(`${iso}T10:00:00Z`));

beforeAll(async () => {
  ctx = await testApp({ now: () => new Date(clock) });
  await seedResults(ctx.store, 'closed-wave');
});
afterAll(() => ctx.drop());

describe("the council's answer to a finding", () => {
  let id = '';
  beforeAll(async () => {
    id = (await agreedFinding(ctx.store, 'Buses feel unsafe after school.')).id;
  });

  it('refuses "We can\'t do this" without a reason, a past due date, and a person named as responsible, saving nothing', async () => {
    const cannot = await admin('PUT', `/api/admin/answers/${id}`, answerFields({ status: 'cannot' }));
    expect(cannot.status).toBe(400);
    expect((await cannot.json()).errors).toEqual([{ field: 'reason', message: expect.stringMatching(/say why/) }]);
    const past = await admin('PUT', `/api/admin/answers/${id}`, answerFields({ dueOn: '2026-11-19' }));
    expect(past.status).toBe(400);
    expect((await past.json()).errors[0].field).toBe('dueOn');
    const person = await admin('PUT', `/api/admin/answers/${id}`, answerFields({ responsible: 'Ms Khan' }));
    expect(person.status).toBe(422);
    expect((await person.json()).errors).toEqual([{ field: 'responsible', message: expect.stringMatching(/team or organisation/) }]);
    const contact = await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: 'Email youth@council.example.org and we will help.' }));
    expect(contact.status).toBe(422);
    expect(await ctx.store.getAnswer(id)).toBeUndefined();
  });

  it('refuses an answer to a finding the youth council has not agreed', async () => {
    const { draftFinding } = await import('../../functions/domain/respond/findings');
    const { finding } = await draftFinding({ store: ctx.store, threshold: 10, now: () => TODAY }, { text: 'Draft.', evidence: { waveId: 'closed-wave', audience: 'secondary', scope: 'city', kind: 'theme', id: 'safe' } });
    const res = await admin('PUT', `/api/admin/answers/${finding.id}`, answerFields());
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('finding.not_agreed');
  });

  it('saves an answer with reading-ease warnings, and shows pupils nothing until it is published', async () => {
    const long = 'We have talked to the bus company and from March there will be a helper on the 86 bus after school every day so that you always have someone to go to.';
    const res = await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: long }));
    expect(res.status).toBe(201);
    const { answer, warnings } = await res.json();
    expect(answer).toMatchObject({ unpublishedChanges: true, revisions: [] });
    expect(answer.published).toBeUndefined();
    expect(warnings).toEqual([{ field: 'weWill', hard: [expect.objectContaining({ why: 'long' })] }]);
    expect((await board()).items).toEqual([]);
  });

  it('publishes: pupils see You said → We will, who, when, the status and the figure as X in 10', async () => {
    await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: 'A helper will ride the 86 bus after school.' }));
    expect((await admin('POST', `/api/admin/answers/${id}/publish`)).status).toBe(200);
    const [item] = (await board()).items;
    expect(item).toMatchObject({
      id,
      by: 'city',
      round: { id: 'closed-wave', title: 'Summer survey' },
      youSaid: { text: 'Buses feel unsafe after school.', lang: 'en', draft: false },
      answer: { weWill: { text: 'A helper will ride the 86 bus after school.' }, responsible: 'Manchester Youth Service', status: 'doing', progress: 40, firstPublishedOn: '2026-11-20', earlier: [] },
    });
    expect(item.figure).toEqual({ label: 'Belonging, City', favourable: expect.any(Number), n: 36, inTen: Math.round(item.figure.favourable / 10) });
    expect(item.answer.updatedOn).toBeUndefined();
  });

  it('keeps what it said before when a published answer changes: "updated on", and the earlier version', async () => {
    day('2026-12-03')();
    try {
      await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: 'A helper will ride the 86 bus after school.', status: 'done', weDid: 'A helper now rides the 86 bus.', progress: 100 }));
      // Saved, not yet published: pupils still see the old version.
      expect((await board()).items[0].answer.status).toBe('doing');
      await admin('POST', `/api/admin/answers/${id}/publish`);
      const { answer } = (await board()).items[0];
      expect(answer).toMatchObject({ status: 'done', weDid: { text: 'A helper now rides the 86 bus.' }, firstPublishedOn: '2026-11-20', updatedOn: '2026-12-03' });
      expect(answer.earlier).toEqual([{ on: '2026-11-20', status: 'doing', progress: 40, weWill: 'A helper will ride the 86 bus after school.' }]);
      const again = await admin('POST', `/api/admin/answers/${id}/publish`);
      expect(again.status).toBe(409);
    } finally {
      clock = TODAY.getTime();
    }
  });

  it('refuses an update dated before today, adding nothing', async () => {
    const before = (await ctx.store.getAnswer(id))!.updates.length;
    const res = await admin('POST', `/api/admin/answers/${id}/updates`, { text: 'Backdated news.', showOn: '2026-11-01' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([{ field: 'showOn', message: expect.stringMatching(/today \(2026-11-20\) or a later day/) }]);
    expect((await ctx.store.getAnswer(id))!.updates.length).toBe(before);
  });

  it('shows a scheduled update only from its day', async () => {
    const res = await admin('POST', `/api/admin/answers/${id}/updates`, { text: 'The helper started today.', showOn: '2027-01-10' });
    expect(res.status).toBe(201);
    expect((await board()).items[0].answer.updates).toEqual([]);
    day('2027-01-10')();
    try {
      expect((await board()).items[0].answer.updates).toEqual([{ text: 'The helper started today.', showOn: '2027-01-10' }]);
    } finally {
      clock = TODAY.getTime();
    }
  });

  it('gives pupils a translation where there is one (marked a draft), and English, said so, where there is not', async () => {
    await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: 'A helper will ride the 86 bus.', translations: { weWill: { ar: 'سيركب مساعد الحافلة 86.' } } }));
    await admin('POST', `/api/admin/answers/${id}/publish`);
    const [item] = (await board('', 'ar')).items;
    expect(item.answer.weWill).toEqual({ text: 'سيركب مساعد الحافلة 86.', lang: 'ar', draft: true });
    expect(item.youSaid).toEqual({ text: 'Buses feel unsafe after school.', lang: 'en', draft: false });
    expect((await board('', 'ar')).lang).toBe('ar');
  });

  describe("the youth council's verdict", () => {
    it('is refused before an answer is published', async () => {
      const other = await agreedFinding(ctx.store, 'Parks need more lights.');
      await admin('PUT', `/api/admin/answers/${other.id}`, answerFields());
      const res = await send('PUT', `/api/respond/answers/${other.id}/verdict`, ctx.tokens.youth, { verdict: 'good-enough', comment: 'Good.' });
      expect(res.status).toBe(409);
    });

    it('is published beside the answer, and the council sees it was sent back', async () => {
      const res = await send('PUT', `/api/respond/answers/${id}/verdict`, ctx.tokens.youth, { verdict: 'not-yet', comment: 'Only one bus has a helper.', sendBack: true });
      expect(res.status).toBe(200);
      expect((await board()).items[0].verdict).toEqual({ verdict: 'not-yet', comment: 'Only one bus has a helper.', on: '2026-11-20', sentBack: true, aboutEarlier: false });
      const view = await (await admin('GET', '/api/admin/answers')).json();
      expect(view.items.find((i: any) => i.finding.id === id).answer.verdict).toMatchObject({ verdict: 'not-yet', sentBack: true });
    });

    it('says it is about an earlier version once the answer is published again, even the same day', async () => {
      const other = await agreedFinding(ctx.store, 'Lunch queues are too long.', answerFields());
      await send('PUT', `/api/respond/answers/${other.id}/verdict`, ctx.tokens.youth, { verdict: 'good-enough', comment: 'Fine.' });
      const judged = (await board()).items.find((i: { id: string }) => i.id === other.id);
      expect(judged.verdict.aboutEarlier).toBe(false);
      await admin('PUT', `/api/admin/answers/${other.id}`, answerFields({ progress: 80 }));
      await admin('POST', `/api/admin/answers/${other.id}/publish`);
      expect((await board()).items.find((i: { id: string }) => i.id === other.id).verdict.aboutEarlier).toBe(true);
    });

    it('says it is about an earlier version once the answer changes', async () => {
      day('2026-12-10')();
      try {
        await admin('PUT', `/api/admin/answers/${id}`, answerFields({ weWill: 'Helpers will ride the 86 and 111 buses.' }));
        await admin('POST', `/api/admin/answers/${id}/publish`);
        expect((await board()).items.find((i: { id: string }) => i.id === id).verdict.aboutEarlier).toBe(true);
      } finally {
        clock = TODAY.getTime();
      }
    });

    it('refuses a comment naming someone', async () => {
      const res = await send('PUT', `/api/respond/answers/${id}/verdict`, ctx.tokens.youth, { verdict: 'good-enough', comment: 'Mr Patel did well.' });
      expect(res.status).toBe(422);
      expect((await board()).items.find((i: { id: string }) => i.id === id).verdict.comment).toBe('Only one bus has a helper.');
    });
  });
});

describe("a setting's own You said, we did", () => {
  const staff = (method: string, path: string, body?: unknown) => send(method, path, ctx.tokens.staffAlpha, body);

  it('cites a figure of its own report, and refuses one hidden there', async () => {
    const ref = { waveId: 'closed-wave', audience: 'secondary', kind: 'theme', id: 'safe' };
    const res = await staff('POST', '/api/settings/alpha-high/you-said', { youSaid: 'You said you do not always feel safe.', evidence: ref, answer: answerFields() });
    expect(res.status).toBe(201);
    const { entry } = await res.json();
    const report = await (await staff('GET', '/api/reports/settings/alpha-high?wave=closed-wave')).json();
    const safe = report.overall.themes.find((t: any) => t.theme === 'safe');
    expect(entry.fields.evidence.figure).toEqual({ label: 'Safe, Alpha High School', favourable: safe.favourable, n: safe.n });
    // Gamma Primary has no results in that round: nothing to cite.
    const hidden = await send('POST', '/api/settings/gamma-primary/you-said', ctx.tokens.admin, { youSaid: 'x', evidence: { ...ref, audience: 'primary' }, answer: answerFields() });
    expect(hidden.status).toBe(422);
  });

  it('is refused for another setting (403), with nothing written', async () => {
    const res = await send('POST', '/api/settings/alpha-high/you-said', ctx.tokens.staffBeta, { youSaid: 'x', answer: answerFields() });
    expect(res.status).toBe(403);
    expect((await (await staff('GET', '/api/settings/alpha-high/you-said')).json()).entries).toHaveLength(1);
  });

  it('publishes to the setting\'s page, beside the city\'s, and becomes the line on its survey links', async () => {
    const { entries } = await (await staff('GET', '/api/settings/alpha-high/you-said')).json();
    expect((await staff('POST', `/api/settings/alpha-high/you-said/${entries[0].id}/publish`)).status).toBe(200);
    const page = await board('/alpha-high');
    expect(page.scope).toEqual({ kind: 'setting', id: 'alpha-high', name: 'Alpha High School' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ by: 'setting', youSaid: { text: 'You said you do not always feel safe.' }, answer: { responsible: 'Manchester Youth Service' } });
    expect(page.city.length).toBeGreaterThan(0);

    const mine = await (await ctx.app.request(`/api/join/${codes['open-wave']!['alpha-high']}`)).json();
    expect(mine.heard).toEqual({
      said: { text: 'You said you do not always feel safe.', lang: 'en', draft: false },
      did: { text: 'We will start a lunch club for pupils who feel left out.', lang: 'en', draft: false },
      href: '/you-said/alpha-high',
    });
    // A setting with nothing of its own gets the city's latest.
    const other = await (await ctx.app.request(`/api/join/${codes['open-wave']!['beta-high']}`)).json();
    expect(other.heard.said.text).toBe('Buses feel unsafe after school.');
    expect(other.heard.href).toBe('/you-said/beta-high');
  });

  it('keeps drafts, notes and members\' names off the public page', async () => {
    await staff('POST', '/api/settings/alpha-high/you-said', { youSaid: 'A draft entry nobody should see.', answer: answerFields() });
    const text = JSON.stringify([await board(), await board('/alpha-high')]);
    expect(text).not.toContain('A draft entry nobody should see');
    expect(text).not.toContain('Parks need more lights'); // answered, never published
    expect(text).not.toMatch(/"notes"|"by":"youth"|staff-alpha/);
  });

  it('says a setting that does not exist is not found', async () => {
    const res = await ctx.app.request('/api/public/you-said/no-such-school');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('did it make a difference?', () => {
  it('measures each finding\'s figure again in the next round, with the caution about small changes', async () => {
    await seedResults(ctx.store, 'open-wave', 30);
    const view = await (await send('GET', '/api/respond/findings?wave=closed-wave', ctx.tokens.youth)).json();
    const change = view.findings[0].change;
    expect(change).toMatchObject({ waveId: 'open-wave', provisional: true, then: { n: 36 }, now: { n: 90 }, direction: 'same', clear: false });
    const item = (await board()).items[0];
    expect(item.change).toMatchObject({ round: { id: 'open-wave' }, provisional: true, now: { n: 90 }, clear: false });
  });
});
