import { keepUntil, readDraft, type Draft } from '../../../shared/pupil/draft';

/**
 * localStorage, and nothing else (no cookies, no sessionStorage): a draft per join code, the
 * outbox of responses waiting for a connection (outbox.ts) and the language chosen. All under
 * `heard:`, so Leave quickly can clear them at once. Storage can be full or switched off (some
 * private modes); then the app simply keeps nothing.
 */
export const PREFIX = 'heard:';
const draftKey = (code: string) => `${PREFIX}draft:${code}`;

/** When a draft saved now is forgotten. */
export const draftUntil = () => keepUntil(Date.now());

export function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function set(key: string, value?: string) {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing kept: the pupil can still answer and send.
  }
}

export const loadDraft = (code: string) => readDraft(get(draftKey(code)), Date.now());
export const saveDraft = (code: string, draft?: Draft) => set(draftKey(code), draft && JSON.stringify(draft));

/** Forgets everything Heard keeps on this device. */
export function wipe() {
  try {
    Object.keys(localStorage).forEach((key) => key.startsWith(PREFIX) && localStorage.removeItem(key));
  } catch {
    // Storage switched off: there is nothing to clear.
  }
}
