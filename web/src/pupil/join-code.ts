/**
 * The same rule as `normaliseCode` in shared/catalog.ts, copied because importing that module
 * would pull zod into the pupil bundle. Pupils may type any case, spaces or dashes.
 */
export const normaliseCode = (input: string): string => input.toUpperCase().replace(/[^0-9A-Z]/g, '');
export const CODE_LENGTH = 9;
