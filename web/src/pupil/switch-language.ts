import { batch } from 'solid-js';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { readJoin } from '../api';
import { info, setInfo } from './app-state';
import { useStrings } from './i18n';
import { joinRequest } from './join-request';
import { loadAllText } from './rest-text';
import { set } from './storage';
import { LANG_KEY } from './strings';

/**
 * Another language at any point: its interface text and the survey's words are fetched together
 * and swapped at once. Answers and the screen the pupil is on stay as they are.
 */
export async function switchLanguage(code: LanguageCode): Promise<boolean> {
  try {
    const [text, next] = await Promise.all([loadAllText(code), info() && readJoin(joinRequest(code))]);
    batch(() => {
      useStrings(code, text);
      if (next) setInfo(next);
    });
    set(LANG_KEY, code);
    return true;
  } catch {
    return false;
  }
}
