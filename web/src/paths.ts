/** Pages for staff, the youth council and the council; every other path belongs to the pupil app. */
export const STAFF_PATH = /^\/(signin|reports|admin|respond)(\/|$)/;

/** The public "You said, we did" pages (web/src/you-said): no sign-in, loaded on their own. */
export const YOU_SAID_PATH = /^\/you-said(\/|$)/;

/** The survey for a join code in one language. */
export const joinPath = (code: string, lang: string) => `/api/join/${encodeURIComponent(code)}?lang=${lang}`;
