import { createSignal } from 'solid-js';
import { ApiError, getAuthConfig, getMe, type Me } from './api';
import { navigate } from '../router';
import { logoutUrl, type AuthConfig } from './pkce';

/**
 * The sign-in token lives in sessionStorage: it goes when the tab closes, which suits shared
 * staff-room computers, and is never sent as a cookie.
 */
const KEY = 'heard.token';

function stored(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

const [token, setToken] = createSignal(stored());
export { token };

let me: Promise<Me> | undefined;

export function saveToken(value: string) {
  sessionStorage.setItem(KEY, value);
  setToken(value);
  me = undefined;
}

export function signOut(next?: string) {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage may be blocked; the in-memory token is cleared below either way.
  }
  setToken('');
  me = undefined;
  navigate(next ? `/signin?next=${encodeURIComponent(next)}` : '/signin', Boolean(next));
}

let config: Promise<AuthConfig> | undefined;

/** How this deployment signs people in (`/config.json`), asked once. */
export function loadAuthConfig(): Promise<AuthConfig> {
  config ??= getAuthConfig().catch((err: unknown) => {
    config = undefined;
    throw err;
  });
  return config;
}

/** The Sign out button: forgets the token here and, with Cognito, ends the hosted page's session too. */
export function endSession() {
  signOut();
  loadAuthConfig().then((c) => c.kind === 'cognito' && location.assign(logoutUrl(c)), () => undefined);
}

/** Only a path on this site, so a crafted link cannot send someone elsewhere after sign-in. */
export const safeNext = (next: string | null | undefined) => (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/reports');

/** Calls the API with the token; with none, or an expired one, goes to sign-in and comes back after. */
export function authed<T>(load: (token: string) => Promise<T>): Promise<T> {
  const here = location.pathname + location.search;
  if (!token()) {
    signOut(here);
    return new Promise<T>(() => undefined);
  }
  return load(token()).catch((err: unknown) => {
    if (err instanceof ApiError && err.status === 401) signOut(here);
    throw err;
  });
}

/**
 * The signed-in person's username, read from the ID token's `cognito:username` claim (the name the
 * API records them by), or undefined if the token does not say. Only for what the page offers:
 * the API decides what is allowed.
 */
export function signedInName(): string | undefined {
  try {
    const part = token().split('.')[1] ?? '';
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0));
    const name: unknown = JSON.parse(new TextDecoder().decode(bytes))['cognito:username'];
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Who is signed in; asked once per sign-in and shared by every staff page. */
export function loadMe(): Promise<Me> {
  me ??= authed(getMe).catch((err: unknown) => {
    me = undefined;
    throw err;
  });
  return me;
}
