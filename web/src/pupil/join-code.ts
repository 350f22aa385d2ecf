/**
 * The same rule as `normaliseCode` in shared/catalog.ts, copied because importing that module
 * would pull zod into the pupil bundle. Pupils may type any case, spaces or dashes.
 */
export const normaliseCode = (input: string): string => input.toUpperCase().replace(/[^0-9A-Z]/g, '');
/** A setting or class code has 9 characters; a single-use code has 12. */
export const CODE_LENGTH = 9;
export const isCodeLength = (code: string) => code.length === CODE_LENGTH || code.length === 12;
