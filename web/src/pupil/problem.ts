import type { ApiError, JoinInfo } from '../api';
import { t } from './i18n';

/**
 * A problem in the pupil's language. The API words its problems in English; the app picks the
 * translated text by the problem's code and status, and keeps the API's words only for a
 * problem it has no translation for.
 */
export function describe(e: ApiError, info?: JoinInfo): [title: string, detail: string] {
  if (e.status === 0) return [t('error.noConnection.title'), t('error.noConnection.detail')];
  if (e.code === 'code.unknown') return [t('join.unknown.heading'), t('error.codeUnknown.detail')];
  if (e.code === 'code.used') return [t('join.used.heading'), t('error.codeUsed.detail')];
  if (e.code === 'code.too_many_attempts') return [t('join.tooMany.heading'), t('error.tooMany.detail')];
  if (e.code === 'wave.closed') {
    return info && e.status === 409
      ? [t('error.notPossible.title'), t('error.sendClosed.detail', { survey: info.wave.title, date: info.wave.closesOn })]
      : [t('join.closed.heading'), t('error.waveClosed.detail')];
  }
  if (e.status === 413) return [t('error.tooLarge.title'), t('error.tooLarge.detail')];
  if (e.code === 'request.invalid') return [t('error.invalid.title'), t('error.invalid.detail', { n: e.errors.length })];
  if (e.status >= 500) return [t('error.server.title'), t('error.server.detail')];
  return [t('error.generic.title'), e.detail || t('error.generic.detail')];
}
