import type { AdminAnswersView, FindingsView, RoundsView, SettingEntriesView, Warnings } from '../../../../shared/respond/api';
import type { AnswerFields, Ballot, CityAnswer, CityEvidenceRef, EvidenceRef, Finding, SettingEntry, Translations } from '../../../../shared/respond/schema';
import { call, post } from '../api';

/**
 * "Listen and respond" calls (docs/respond.md): the youth council's findings, the council's
 * answers and a setting's own "You said, we did". Built on the staff client; no page calls fetch.
 */
export type { AdminAnswersView, AnswerFields, CityAnswer, Finding, FindingsView, RoundsView, SettingEntry, Warnings };
export type NewFinding = { text: string; translations?: Translations; evidence: CityEvidenceRef };
export type NewUpdate = { text: string; showOn: string };
export type NewVerdict = { verdict: 'good-enough' | 'not-yet'; comment: string; sendBack: boolean };
export type NewEntry = { youSaid: string; evidence?: EvidenceRef; answer: AnswerFields };
export type EntryChanges = { youSaid?: string; evidence?: EvidenceRef | null; answer?: AnswerFields };

const q = encodeURIComponent;
const finding = (id: string, rest = '') => `/api/respond/findings/${q(id)}${rest}`;
const adminAnswer = (id: string, rest = '') => `/api/admin/answers/${q(id)}${rest}`;
const entries = (settingId: string, rest = '') => `/api/settings/${q(settingId)}/you-said${rest}`;

// The youth council's workspace (the council may read it).
export const listRespondRounds = (token: string) => call<RoundsView>('/api/respond/rounds', {}, token);
export const getFindings = (token: string, wave: string) => call<FindingsView>(`/api/respond/findings?wave=${q(wave)}`, {}, token);
export const draftFinding = (token: string, body: NewFinding) => call<{ finding: Finding }>('/api/respond/findings', post(body), token);
export const editFinding = (token: string, id: string, body: Partial<NewFinding>) => call<{ finding: Finding }>(finding(id), post(body, 'PATCH'), token);
export const withdrawFinding = (token: string, id: string) => call<unknown>(finding(id), { method: 'DELETE' }, token);
export const addNote = (token: string, id: string, text: string) => call<{ finding: Finding }>(finding(id, '/notes'), post({ text }), token);
export const agreeFinding = (token: string, id: string) => call<{ finding: Finding }>(finding(id, '/agree'), { method: 'POST' }, token);
export const putBallot = (token: string, waveId: string, ballot: Ballot) => call<unknown>(`/api/respond/ballots/${q(waveId)}`, post(ballot, 'PUT'), token);
export const putRanking = (token: string, waveId: string, order: string[]) => call<unknown>(`/api/respond/rankings/${q(waveId)}`, post({ order }, 'PUT'), token);
export const putVerdict = (token: string, findingId: string, verdict: NewVerdict) =>
  call<{ answer: CityAnswer }>(`/api/respond/answers/${q(findingId)}/verdict`, post(verdict, 'PUT'), token);

// The council's answers to agreed city findings.
export const listAdminAnswers = (token: string) => call<AdminAnswersView>('/api/admin/answers', {}, token);
export const saveAnswer = (token: string, findingId: string, fields: AnswerFields) =>
  call<{ answer: CityAnswer; warnings?: Warnings }>(adminAnswer(findingId), post(fields, 'PUT'), token);
export const addAnswerUpdate = (token: string, findingId: string, update: NewUpdate) => call<{ answer: CityAnswer }>(adminAnswer(findingId, '/updates'), post(update), token);
export const publishAnswer = (token: string, findingId: string) => call<{ answer: CityAnswer }>(adminAnswer(findingId, '/publish'), { method: 'POST' }, token);

// A setting's own "You said, we did".
export const listEntries = (token: string, settingId: string) => call<SettingEntriesView>(entries(settingId), {}, token);
export const createEntry = (token: string, settingId: string, body: NewEntry) => call<{ entry: SettingEntry; warnings?: Warnings }>(entries(settingId), post(body), token);
export const changeEntry = (token: string, settingId: string, entryId: string, body: EntryChanges) =>
  call<{ entry: SettingEntry; warnings?: Warnings }>(entries(settingId, `/${q(entryId)}`), post(body, 'PATCH'), token);
export const addEntryUpdate = (token: string, settingId: string, entryId: string, update: NewUpdate) =>
  call<{ entry: SettingEntry }>(entries(settingId, `/${q(entryId)}/updates`), post(update), token);
export const publishEntry = (token: string, settingId: string, entryId: string) =>
  call<{ entry: SettingEntry }>(entries(settingId, `/${q(entryId)}/publish`), { method: 'POST' }, token);
