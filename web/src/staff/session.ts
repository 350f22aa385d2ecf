import { createSignal } from 'solid-js';
import { ApiError, getMe, type Me } from './api';
import { navigate } from '../router';

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

/** Who is signed in; asked once per sign-in and shared by every staff page. */
export function loadMe(): Promise<Me> {
  me ??= authed(getMe).catch((err: unknown) => {
    me = undefined;
    throw err;
  });
  return me;
}
