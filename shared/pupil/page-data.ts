import type { LanguageCode } from '../i18n/languages';

/** The id of the data block in a survey link's page (functions/pupil-page/page.ts) that the app reads (web/src/boot.ts). */
export const PAGE_DATA_ID = 'heard-join';

/**
 * What the server puts in a survey link's page for the app: the code and language the page was
 * drawn for, the survey (as GET /api/join/:code would send it) and, for a language other than
 * English, that language's first-screen text (English comes inside the page's script).
 */
export type PageData<Join> = { code: string; lang: LanguageCode; join: Join; text?: Record<string, string> };
