import type { Setting } from '../../../../shared/catalog';
import { call, post, type JoinCodeRow, type Role, type WaveStatus, type WaveSummary } from '../api';

/** The council's calls (`/api/admin/*`, admin role only), built on the staff client in ../api.ts. */
export type { Setting };
export type Round = WaveSummary;
export type RoundFields = { title: string; opensOn: string; closesOn: string };
export type Step = 'open' | 'close' | 'publish';
export type MadeCode = { code: string; display: string; settingId: string; yearGroup?: string };
export type OnceBatch = { batchId: string; settingId: string; count: number; createdOn: string; yearGroup?: string };
export type MadeBatch = { batchId: string; settingId: string; yearGroup?: string; codes: { code: string; display: string }[] };
export type Account = { username: string; email?: string; role: Role; settings: string[]; enabled: boolean };
export type AccountFields = { email?: string; role: Role; settings: string[] };
/** One action: `actor` is who did it, by username (`admin`, `staff-alpha-high`), as the accounts page lists them. */
export type AuditEntry = { at: string; actor: string; role: string; action: string; target: Record<string, string>; status: number };
export type { JoinCodeRow, WaveStatus };

const q = encodeURIComponent;
/** On an Add form's PUT: create, never replace. A name already taken comes back as 412 `record.exists`. */
const ADD_ONLY = { 'if-none-match': '*' };
const wavePath = (wave: string, rest = '') => `/api/admin/waves/${q(wave)}${rest}`;

export const listRounds = (token: string) => call<{ waves: Round[] }>('/api/admin/waves', {}, token);
export const createRound = (token: string, round: RoundFields & { id: string }) => call<{ wave: Round }>('/api/admin/waves', post(round), token);
export const changeRound = (token: string, id: string, fields: Partial<RoundFields>) => call<{ wave: Round }>(wavePath(id), post(fields, 'PATCH'), token);
export const moveRound = (token: string, id: string, step: Step) => call<{ wave: Round }>(wavePath(id, `/${step}`), { method: 'POST' }, token);

export const makeJoinCode = (token: string, wave: string, body: { settingId: string; yearGroup?: string }) =>
  call<MadeCode>(wavePath(wave, '/join-codes'), post(body), token);
export const makeOnceBatch = (token: string, wave: string, body: { settingId: string; count: number; yearGroup?: string }) =>
  call<MadeBatch>(wavePath(wave, '/single-use-codes'), post(body), token);
/** Withdraws a join code (one that leaked, say): it stops working; responses already sent stay counted. */
export const withdrawJoinCode = (token: string, wave: string, code: string) =>
  call<unknown>(wavePath(wave, `/join-codes/${q(code)}`), { method: 'DELETE' }, token);
export const listOnceBatches = (token: string, wave: string) => call<{ batches: OnceBatch[] }>(wavePath(wave, '/single-use-batches'), {}, token);

export const listSettings = (token: string) => call<{ settings: Setting[] }>('/api/admin/settings', {}, token);
/** Saves a setting; `adding` refuses (412) to replace one whose id is already taken. */
export const saveSetting = (token: string, id: string, fields: Omit<Setting, 'id'>, adding = false) =>
  call<{ setting: Setting }>(`/api/admin/settings/${q(id)}`, post(fields, 'PUT', adding ? ADD_ONLY : undefined), token);

export const listAccounts = (token: string) => call<{ accounts: Account[] }>('/api/admin/accounts', {}, token);
/** Saves an account; `adding` refuses (412) to replace one whose username is already taken. */
export const saveAccount = (token: string, username: string, fields: AccountFields, adding = false) =>
  call<Account>(`/api/admin/accounts/${q(username)}`, post(fields, 'PUT', adding ? ADD_ONLY : undefined), token);
/** Stops an account signing in, or lets it sign in again. The API refuses (409 `account.self`) to disable your own. */
export const setAccountEnabled = (token: string, username: string, enabled: boolean) =>
  call<{ username: string; enabled: boolean }>(`/api/admin/accounts/${q(username)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' }, token);

export const listAudit = (token: string, day: string) => call<{ entries: AuditEntry[] }>(`/api/admin/audit?day=${q(day)}`, {}, token);
