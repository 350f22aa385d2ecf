/**
 * Join codes: 9 characters from 30 that cannot be mistaken for each other (no 0/O, 1/I/L, U),
 * so log2(30^9) = 44 bits. Shown as three groups of three; pupils may type any case, spaces or
 * dashes. Free of zod, so the pupil's first screen and the edge can use it without the schemas.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 9;
/** Single-use codes are longer (about 59 bits), since only their keyed hashes are kept. */
export const ONCE_CODE_LENGTH = 12;

/** A code as typed (any case, spaces, dashes) to the form it is stored and looked up in. */
export const normaliseCode = (input: string): string => input.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** A setting or class code, or a single-use code: the lengths worth looking up. */
export const isCodeLength = (code: string) => code.length === CODE_LENGTH || code.length === ONCE_CODE_LENGTH;

/** As printed on posters and slips: AAA-222-BBB. */
export const formatCode = (code: string): string => code.replace(/(.{3})(?=.)/g, '$1-');
