import type { LanguageCode } from '../../../shared/i18n/languages';
import type { Board } from '../../../shared/respond/board';
import { json } from '../api';

/** The public "You said, we did" page's one call (docs/respond.md): the city's board, or a setting's. */
export const readBoard = (settingId: string | undefined, lang: LanguageCode) =>
  json<Board>(fetch(`/api/public/you-said${settingId ? `/${encodeURIComponent(settingId)}` : ''}?lang=${lang}`));
