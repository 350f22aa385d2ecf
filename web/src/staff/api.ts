import type { CityReport, SettingReport } from '../../../shared/report/schema';
import { ApiError, checked } from '../api';

export { ApiError };

/** The staff, youth council and council calls; kept apart so a pupil's phone never downloads them. */
export type Role = 'admin' | 'youth-council' | 'staff';
export type WaveSummary = { id: string; title: string; status: 'open' | 'closed'; opensOn: string; closesOn: string };
export type Me = { subject: string; role: Role; settings: { id: string; name: string }[]; waves: WaveSummary[] };
export type SignIn = { token: string; role: Role; settings: string[] };
export type JoinCodeRow = { settingId: string; settingName: string; code: string; display: string };
export type JoinCodes = { wave: { id: string; title: string; status: string }; codes: JoinCodeRow[] };

const q = encodeURIComponent;

async function send(path: string, init: RequestInit, token?: string, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (init.body) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, credentials: 'omit', signal: AbortSignal.timeout?.(20_000) });
  } catch {
    throw new ApiError(0, 'No connection', 'We could not reach Heard. Check your internet connection and try again.');
  }
  return checked(res);
}

const call = async <T>(path: string, init: RequestInit = {}, token?: string): Promise<T> =>
  (await send(path, init, token)).json().catch(() => ({})) as Promise<T>;

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export const signIn = (username: string, password: string) => call<SignIn>('/api/local-auth/token', post({ username, password }));

export const getMe = (token: string) => call<Me>('/api/me', {}, token);

/** One group instead of the whole setting: `?year=9` or `?gender=girl`, never both. */
export type ReportFilter = { dimension: 'year' | 'gender'; key: string };
const settingPath = (settingId: string, wave: string, filter?: ReportFilter, part = '') =>
  `/api/reports/settings/${q(settingId)}${part}?wave=${q(wave)}${filter ? `&${filter.dimension}=${q(filter.key)}` : ''}`;

export const getSettingReport = (token: string, settingId: string, wave: string, filter?: ReportFilter) =>
  call<SettingReport>(settingPath(settingId, wave, filter), {}, token);

/** Pupils' redacted comments, for a group the report shows; topics are topic ids. */
export type Comments =
  | { n: number; suppressed: true }
  | { n: number; suppressed: false; questions: { id: string; comments: { text: string; topics: string[] }[] }[] };

export const getComments = (token: string, settingId: string, wave: string, filter?: ReportFilter) =>
  call<Comments>(settingPath(settingId, wave, filter, '/comments'), {}, token);

export const settingCsvPath = (settingId: string, wave: string, filter?: ReportFilter) => settingPath(settingId, wave, filter, '/export.csv');
export const cityCsvPath = (wave: string) => `/api/reports/city/export.csv?wave=${q(wave)}`;

/**
 * Saves a CSV export. A plain link cannot send the Bearer token, so fetch it, then hand the
 * browser a Blob to save under the server's file name.
 */
export async function downloadCsv(token: string, path: string, fallbackName: string): Promise<string> {
  const res = await send(path, {}, token, 'text/csv');
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}

export const getCityReport = (token: string, wave: string) => call<CityReport>(`/api/reports/city?wave=${q(wave)}`, {}, token);

export const getWaves = (token: string) => call<{ waves: WaveSummary[] }>('/api/admin/waves', {}, token);

export const getJoinCodes = (token: string, wave: string) => call<JoinCodes>(`/api/admin/waves/${q(wave)}/join-codes`, {}, token);
