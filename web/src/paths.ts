/** Pages for staff, the youth council and the council; every other path belongs to the pupil app. */
export const STAFF_PATH = /^\/(signin|reports|admin)(\/|$)/;

/** The survey for a join code in one language. */
export const joinPath = (code: string, lang: string) => `/api/join/${encodeURIComponent(code)}?lang=${lang}`;
