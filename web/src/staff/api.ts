import type { CommentView } from '../../../shared/report/comments';
import type { CityReport, SettingReport } from '../../../shared/report/schema';
import { ApiError, checked } from '../api';
import { tokenForm, tokenUrl, type AuthConfig, type CognitoConfig } from './pkce';

export { ApiError };

/** The staff, youth council and council calls; kept apart so a pupil's phone never downloads them. */
export type Role = 'admin' | 'youth-council' | 'staff';
export type WaveStatus = 'draft' | 'open' | 'closed' | 'published';
export type WaveSummary = { id: string; title: string; status: WaveStatus; opensOn: string; closesOn: string; closedOn?: string };
export type Me = { subject: string; role: Role; settings: { id: string; name: string }[]; waves: WaveSummary[] };
export type SignIn = { token: string; role: Role; settings: string[] };
export type JoinCodeRow = { settingId: string; settingName: string; yearGroup?: string; code: string; display: string };
export type JoinCodes = { wave: { id: string; title: string; status: string }; codes: JoinCodeRow[] };

const q = encodeURIComponent;

async function send(path: string, init: RequestInit, token?: string, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { accept, ...(init.headers as Record<string, string> | undefined) };
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

/** A JSON call to the API; admin/api.ts builds the council's calls on it. */
export const call = async <T>(path: string, init: RequestInit = {}, token?: string): Promise<T> =>
  (await send(path, init, token)).json().catch(() => ({})) as Promise<T>;

/** A JSON body to send; `headers` are added to the usual ones (`If-None-Match: *` on an Add form's PUT, say). */
export const post = (body: unknown, method = 'POST', headers?: Record<string, string>): RequestInit => ({ method, body: JSON.stringify(body), ...(headers ? { headers } : {}) });

export const signIn = (username: string, password: string) => call<SignIn>('/api/local-auth/token', post({ username, password }));

/** How this deployment signs people in: the local form, or Cognito's hosted page. */
export const getAuthConfig = async (): Promise<AuthConfig> => {
  const config = await call<{ auth?: AuthConfig }>('/config.json');
  if (config.auth?.kind === 'cognito' || config.auth?.kind === 'local') return config.auth;
  throw new ApiError(0, 'Sign-in is not set up', 'This copy of Heard does not say how to sign in. Tell the council.');
};

const REFUSED = 'The sign-in service did not accept this sign-in. It may have taken too long: please sign in again.';

/** Swaps the code from the hosted page for tokens; Heard keeps only the ID token, which the API verifies. */
export async function exchangeCode(config: CognitoConfig, code: string, verifier: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(tokenUrl(config), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: tokenForm(config, code, verifier),
      credentials: 'omit',
      signal: AbortSignal.timeout?.(20_000),
    });
  } catch {
    throw new ApiError(0, 'No connection', 'We could not reach the sign-in service. Check your internet connection and sign in again.');
  }
  const body = (await res.json().catch(() => ({}))) as { id_token?: unknown };
  if (!res.ok || typeof body.id_token !== 'string') throw new ApiError(res.status, 'Sign-in did not finish', REFUSED);
  return body.id_token;
}

export const getMe = (token: string) => call<Me>('/api/me', {}, token);

/** One group instead of the whole setting: `?year=9` or `?gender=girl`, never both. */
export type ReportFilter = { dimension: 'year' | 'gender'; key: string };
const settingPath = (settingId: string, wave: string, filter?: ReportFilter, part = '') =>
  `/api/reports/settings/${q(settingId)}${part}?wave=${q(wave)}${filter ? `&${filter.dimension}=${q(filter.key)}` : ''}`;

export const getSettingReport = (token: string, settingId: string, wave: string, filter?: ReportFilter) =>
  call<SettingReport>(settingPath(settingId, wave, filter), {}, token);

/** Pupils' redacted comments, for a view that shows topics; topics are topic ids. */
export type Comments = CommentView;

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
