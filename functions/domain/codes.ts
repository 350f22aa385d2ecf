import { createHmac } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../shared/catalog';

/**
 * A join code from a cryptographic random source: 9 characters from 30 (about 44 bits), drawn
 * without modulo bias (bytes of 240 or more are redrawn: 240 is the largest multiple of 30).
 */
export function newCode(length = CODE_LENGTH): string {
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) if (b < 240 && out.length < length) out += CODE_ALPHABET[b % 30];
  }
  return out;
}

/**
 * The only form in which a single-use code is stored: HMAC-SHA256 under a secret pepper, so a
 * copy of the table reveals no usable code and cannot be brute-forced without the pepper.
 */
export const hashCode = (pepper: string, code: string): string => createHmac('sha256', pepper).update(code).digest('hex');
