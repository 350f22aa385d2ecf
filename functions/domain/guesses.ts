import { createHmac } from 'node:crypto';
import { tooMany } from '../http/problem';
import type { Store } from '../store/types';

/**
 * Unknown join codes one address may try in a clock hour. Sized for a school of 2,000 pupils
 * behind one address all answering in the same hour, half of them mistyping once and one in ten
 * twice (1,200), with room to spare; a guesser held to it needs centuries to find one code
 * (docs/capacity.md).
 */
export const DEFAULT_GUESSES_PER_HOUR = 1500;

/** The guessing limit as the domain meets it: one attempt at a code, then how it went. */
export interface CodeGuesses {
  /**
   * Counts an attempt at `code` from `address` before anyone knows whether it works, and refuses
   * it (429) if the address has used up its hour. A code that has already worked from this
   * address is never counted or refused: a school keeps its codes whatever others mistype.
   */
  attempt(address: string, code: string): Promise<Attempt>;
}

export type Attempt = {
  /** The code opened something (or was refused for another reason than being unknown). */
  worked(): Promise<void>;
};

type Deps = {
  store: Store;
  /** The code pepper: the hashes below are keyed with it, under a key that changes every hour. */
  secret: string;
  now: () => Date;
  perHour?: number;
};

const HOUR = 3_600_000;
const noop: Attempt = { worked: async () => {} };

/**
 * The guessing limit, shared by every Lambda instance through the table: one short-lived item
 * per address per hour, keyed by an HMAC of the address under that hour's key, holding a count
 * and HMACs of the codes that worked from it. Nothing else; it expires within two days.
 *
 * Counting happens first and atomically (a guesser firing a thousand requests at once gets no
 * more than the limit evaluated), and a success gives its count back.
 */
export function codeGuesses({ store, secret, now, perHour = DEFAULT_GUESSES_PER_HOUR }: Deps): CodeGuesses {
  return {
    async attempt(address, code) {
      const at = now().getTime();
      const hour = Math.floor(at / HOUR);
      const key = createHmac('sha256', secret).update(`guesses/${hour}`).digest();
      const hash = (text: string, length: number) => createHmac('sha256', key).update(text).digest('base64url').slice(0, length);
      const slot = {
        address: hash(`address/${address}`, 22),
        code: hash(`code/${code.trim().toUpperCase()}`, 16),
        // Midnight UTC, at least a day after this hour ends: the expiry says nothing finer than a day.
        expiresAt: (Math.floor(((hour + 1) * HOUR) / 86_400_000) + 2) * 86_400,
      };
      const counted = await store.countCodeAttempt(slot);
      if (counted === 'known') return noop;
      if (counted > perHour) {
        throw tooMany(
          'code.too_many_attempts',
          'That is a lot of codes that did not work. Wait a while, then check the code with your teacher.',
          ((hour + 1) * HOUR - at) / 1000,
        );
      }
      return { worked: () => store.rememberWorkingCode(slot) };
    },
  };
}
