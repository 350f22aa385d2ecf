import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secondarySurvey } from '../../shared/survey';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';
import { buildCityReport } from '../../functions/domain/reports';
import { voteFor } from '../../functions/domain/respond/ballot';
import { cityBelonging, seedResults } from '../support/respond';

let ctx: Awaited<ReturnType<typeof testApp>>;
const send = (method: string, path: string, token: string, body?: unknown) =>
  ctx.app.request(path, {
    method,
    headers: { ...ctx.bearer(token), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const youth = (method: string, path: string, body?: unknown) => send(method, path, ctx.tokens.youth, body);
const findingsOf = async (wave = 'closed-wave') => (await (await youth('GET', `/api/respond/findings?wave=${wave}`)).json()).findings as Array<Record<string, any>>;

beforeAll(async () => {
  ctx = await testApp();
  await seedResults(ctx.store, 'closed-wave');
});
afterAll(() => ctx.drop());

describe('drafting a finding', () => {
  it('cites a figure exactly as the suppressed city report shows it', async () => {
    const res = await youth('POST', '/api/respond/findings', { text: 'Many of us do not feel we belong.', evidence: { ...cityBelonging(), topic: 'bullying' } });
    expect(res.status).toBe(201);
    const { finding } = await res.json();
    const city = await (await youth('GET', '/api/reports/city?wave=closed-wave')).json();
    const theme = city.sections.find((s: any) => s.survey.audience === 'secondary').city.themes.find((t: any) => t.theme === 'belonging');
    expect(finding.evidence.figure).toEqual({ label: 'Belonging, City', favourable: theme.favourable, n: theme.n });
    expect(finding.evidence.topicCount).toEqual({ label: 'Bullying', count: 18 });
    expect(finding).toMatchObject({ status: 'draft', waveId: 'closed-wave', notes: [] });
  });

  it('refuses a hidden figure with 422 saying why, and stores nothing', async () => {
    const before = (await findingsOf()).length;
    // One secondary school per locality: a locality's figure would be that school's, so it is hidden.
    const res = await youth('POST', '/api/respond/findings', { text: 'North feels safe.', evidence: { ...cityBelonging(), scope: 'north' } });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('evidence.hidden');
    expect(body.detail).toMatch(/cannot be quoted/);
    expect((await findingsOf()).length).toBe(before);
  });

  it('refuses a question by locality, a figure that does not exist, and a round still open', async () => {
    const question = await youth('POST', '/api/respond/findings', { text: 'x', evidence: { ...cityBelonging(), kind: 'question', id: 'belong', scope: 'south' } });
    expect(question.status).toBe(422);
    expect((await question.json()).detail).toMatch(/whole city/);
    expect((await youth('POST', '/api/respond/findings', { text: 'x', evidence: { ...cityBelonging(), kind: 'question', id: 'nonsense' } })).status).toBe(422);
    const open = await youth('POST', '/api/respond/findings', { text: 'x', evidence: cityBelonging('open-wave') });
    expect(open.status).toBe(409);
    expect((await open.json()).code).toBe('finding.round_open');
  });

  it('cites a question of the city with its % favourable', async () => {
    const res = await youth('POST', '/api/respond/findings', { text: 'Some of us get bullied.', evidence: { ...cityBelonging(), kind: 'question', id: 'bullied' } });
    expect(res.status).toBe(201);
    expect((await res.json()).finding.evidence.figure.label).toBe(`${secondarySurvey.strings.en!['q.bullied']}, City`);
  });

  it('refuses text over the limit (400) and text naming someone (422), changing nothing', async () => {
    const before = (await findingsOf()).length;
    const long = await youth('POST', '/api/respond/findings', { text: 'a'.repeat(161), evidence: cityBelonging() });
    expect(long.status).toBe(400);
    expect((await long.json()).errors[0].field).toBe('text');
    const named = await youth('POST', '/api/respond/findings', { text: 'Jamie Smith says nobody listens.', evidence: cityBelonging() });
    expect(named.status).toBe(422);
    const body = await named.json();
    expect(body.code).toBe('text.identifying');
    expect(body.errors).toEqual([{ field: 'text', message: expect.stringMatching(/name/) }]);
    expect((await findingsOf()).length).toBe(before);
  });

  it('never gives the youth council a setting\'s figures or names', async () => {
    const text = JSON.stringify(await (await youth('GET', '/api/respond/findings?wave=closed-wave')).json());
    for (const name of ['alpha-high', 'Alpha High', 'beta-high', 'Beta High', 'delta-high']) expect(text).not.toContain(name);
  });
});

describe('discussing and agreeing', () => {
  it('takes notes signed by the member, agrees, and then keeps the words as agreed', async () => {
    const { finding } = await (await youth('POST', '/api/respond/findings', { text: 'We want more clubs.', evidence: cityBelonging() })).json();
    const noted = await youth('POST', `/api/respond/findings/${finding.id}/notes`, { text: 'Yes, and after school.' });
    expect(noted.status).toBe(201);
    expect((await noted.json()).finding.notes).toEqual([{ at: expect.any(String), by: 'youth', text: 'Yes, and after school.' }]);
    const agreed = await youth('POST', `/api/respond/findings/${finding.id}/agree`);
    expect((await agreed.json()).finding).toMatchObject({ status: 'agreed', agreedOn: '2026-11-20' });
    const edit = await youth('PATCH', `/api/respond/findings/${finding.id}`, { text: 'Other words.' });
    expect(edit.status).toBe(409);
    expect((await edit.json()).code).toBe('finding.agreed');
    expect((await youth('DELETE', `/api/respond/findings/${finding.id}`)).status).toBe(409);
    expect((await findingsOf()).find((f) => f.id === finding.id)!.text).toBe('We want more clubs.');
  });

  it('withdraws a draft', async () => {
    const { finding } = await (await youth('POST', '/api/respond/findings', { text: 'Draft to go.', evidence: cityBelonging() })).json();
    expect((await youth('DELETE', `/api/respond/findings/${finding.id}`)).status).toBe(204);
    expect((await findingsOf()).some((f) => f.id === finding.id)).toBe(false);
  });

  it('keeps every change in the audit log, under the member who made it', async () => {
    const audit = await (await send('GET', '/api/admin/audit?day=2026-11-20', ctx.tokens.admin)).json();
    const actions = new Set(audit.entries.map((e: { action: string; actor: string }) => `${e.actor} ${e.action}`));
    for (const a of ['POST /api/respond/findings', 'POST /api/respond/findings/:findingId/notes', 'POST /api/respond/findings/:findingId/agree', 'DELETE /api/respond/findings/:findingId']) {
      expect(actions.has(`youth ${a}`), a).toBe(true);
    }
  });
});

describe('putting findings to a vote in the next round', () => {
  let agreed: string[] = [];
  beforeAll(async () => {
    const spring = { ...(await ctx.store.getWave('open-wave'))!, id: 'spring', title: 'Spring', status: 'draft' as const, opensOn: '2026-11-20', closesOn: '2027-02-01' };
    await ctx.store.putWave(spring);
    await ctx.store.putJoinCode({ code: 'TTT444XXX', waveId: 'spring', settingId: 'alpha-high' });
    agreed = [];
    for (const text of ['Buses feel unsafe.', 'Toilets are dirty.', 'We want more clubs after school.', 'Lessons are boring.', 'Adults do not listen.', 'Parks need lights.']) {
      const { finding } = await (await youth('POST', '/api/respond/findings', { text, evidence: cityBelonging() })).json();
      await youth('POST', `/api/respond/findings/${finding.id}/agree`);
      agreed.push(finding.id);
    }
  });

  it('refuses more than five, a draft finding, and a round already open, changing nothing', async () => {
    expect((await youth('PUT', '/api/respond/ballots/spring', { findingIds: agreed })).status).toBe(400);
    const { finding } = await (await youth('POST', '/api/respond/findings', { text: 'Not agreed.', evidence: cityBelonging() })).json();
    const draft = await youth('PUT', '/api/respond/ballots/spring', { findingIds: [finding.id] });
    expect(draft.status).toBe(409);
    expect((await draft.json()).code).toBe('ballot.not_agreed');
    const open = await youth('PUT', '/api/respond/ballots/open-wave', { findingIds: agreed.slice(0, 2) });
    expect(open.status).toBe(409);
    expect((await ctx.store.getWave('spring'))!.ballot).toBeUndefined();
    expect((await ctx.store.getWave('open-wave'))!.ballot).toBeUndefined();
  });

  it('adds one optional question to the round\'s survey, with the findings as its answers', async () => {
    expect((await youth('PUT', '/api/respond/ballots/spring', { findingIds: agreed.slice(0, 3) })).status).toBe(200);
    const wave = (await ctx.store.getWave('spring'))!;
    await ctx.store.putWave({ ...wave, status: 'open' });
    const res = await ctx.app.request('/api/join/TTT444XXX');
    const join = await res.json();
    expect(res.status, JSON.stringify(join)).toBe(200);
    const q = join.survey.questions.find((x: { id: string }) => x.id === 'priority');
    expect(q).toEqual({ id: 'priority', kind: 'choice', options: agreed.slice(0, 3) });
    expect(join.survey.strings.en['q.priority']).toMatch(/work on first/);
    expect(join.survey.strings.en[`q.priority.${agreed[1]}`]).toBe('Toilets are dirty.');
    // It comes before the free-text questions.
    const ids = join.survey.questions.map((x: { id: string }) => x.id);
    expect(ids.indexOf('priority')).toBeLessThan(ids.indexOf('better_place'));
  });

  it('refuses a vote for something not on the ballot, and counts one that is', async () => {
    const wrong = await ctx.postJson('/api/responses', submission({ joinCode: 'TTT444XXX', answers: { year: 9, priority: agreed[4]! } }));
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors[0].field).toBe('answers.priority');
    for (let i = 0; i < 12; i++) {
      const res = await ctx.postJson('/api/responses', submission({ joinCode: 'TTT444XXX', answers: { year: 9, belong: 3, priority: agreed[i % 4 === 0 ? 1 : 0]! } }));
      expect(res.status).toBe(201);
    }
    const view = await (await youth('GET', '/api/respond/findings?wave=closed-wave')).json();
    expect(view.next.round.id).toBe('spring');
    expect(view.next.vote).toEqual({
      suppressed: false,
      n: 12,
      options: [
        { findingId: agreed[0], count: 9, percent: 75 },
        { findingId: agreed[1], count: 3, percent: 25 },
        { findingId: agreed[2], count: 0, percent: 0 },
      ],
    });
  });

  it('hides the vote while fewer than 10 have answered it', async () => {
    const spring = (await ctx.store.getWave('spring'))!;
    await ctx.store.putWave({ ...spring, id: 'quiet', title: 'Quiet', opensOn: '2026-11-19' });
    await ctx.store.putJoinCode({ code: 'VVV555WWW', waveId: 'quiet', settingId: 'beta-high' });
    for (let i = 0; i < 4; i++) await ctx.postJson('/api/responses', submission({ joinCode: 'VVV555WWW', answers: { year: 9, priority: agreed[0]! } }));
    const report = await buildCityReport({ store: ctx.store, threshold: 10 }, 'quiet', { withSettings: false });
    expect(await voteFor({ store: ctx.store, threshold: 10, now: () => new Date() }, (await ctx.store.getWave('quiet'))!, report)).toEqual({ suppressed: true, options: agreed.slice(0, 3).map((findingId) => ({ findingId })) });
    await ctx.store.putWave({ ...(await ctx.store.getWave('quiet'))!, status: 'closed' });
  });

  it('lets members rank the ballot, combined by a Borda count', async () => {
    const bad = await youth('PUT', '/api/respond/rankings/spring', { order: [agreed[5]] });
    expect(bad.status).toBe(400);
    const res = await youth('PUT', '/api/respond/rankings/spring', { order: [agreed[2], agreed[0], agreed[1]] });
    expect(res.status).toBe(200);
    expect((await res.json()).rankings).toEqual({
      members: 1,
      combined: [
        { findingId: agreed[2], points: 3 },
        { findingId: agreed[0], points: 2 },
        { findingId: agreed[1], points: 1 },
      ],
      mine: [agreed[2], agreed[0], agreed[1]],
    });
  });

  it('shows the vote in the city report like any other answer', async () => {
    const city = await (await youth('GET', '/api/reports/city?wave=spring')).json();
    const q = city.sections.find((s: any) => s.survey.audience === 'secondary').city.questions.find((x: any) => x.id === 'priority');
    expect(q.distribution.map((d: any) => [d.option, d.count])).toEqual([[agreed[0], 9], [agreed[1], 3], [agreed[2], 0]]);
    // With the findings' words, so the page can label the answers.
    expect(city.ballot).toEqual([
      { findingId: agreed[0], text: 'Buses feel unsafe.' },
      { findingId: agreed[1], text: 'Toilets are dirty.' },
      { findingId: agreed[2], text: 'We want more clubs after school.' },
    ]);
  });

  it('still opens survey links for a code of a round with no ballot, unchanged', async () => {
    const join = await (await ctx.app.request(`/api/join/${codes['open-wave']!['alpha-high']}`)).json();
    expect(join.survey.questions.some((q: { id: string }) => q.id === 'priority')).toBe(false);
  });
});
