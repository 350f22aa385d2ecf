import type { Wave } from '../../../shared/catalog';
import type { RoundRef, Warnings } from '../../../shared/respond/api';
import { identifyingFields, IDENTIFYING_WORDS, readingWarnings } from '../../../shared/respond/text-checks';
import type { FieldError } from '../../../shared/submission';
import { Problem } from '../../http/problem';
import type { Store } from '../../store/types';
import { dayOf } from '../calendar';

export type Deps = { store: Store; threshold: number; now: () => Date };

export const today = (deps: Pick<Deps, 'now'>) => dayOf(deps.now());

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** `f_`, `y_` or `u_` and 8 random letters or digits (about 41 bits: enough to never collide here). */
export function newId(prefix: 'f' | 'y' | 'u'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}_${[...bytes].map((b) => ID_ALPHABET[b % 36]).join('')}`;
}

export const roundRef = (w: Wave): RoundRef => ({ id: w.id, title: w.title, status: w.status, opensOn: w.opensOn, closesOn: w.closesOn });

/** Rounds in the order they ran. */
export const inOrder = (waves: Wave[]) => [...waves].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id));

/** The round that ran next after `wave`, if any. */
export const nextRound = (waves: Wave[], wave: Wave) => inOrder(waves).find((w) => w.opensOn > wave.opensOn);

export const changedMeanwhile = () =>
  new Problem(409, 'respond.changed', 'Changed meanwhile', 'Someone else changed this at the same moment. Reload the page to see their change, then try again.');

/**
 * Reads, changes and writes one versioned item, trying again when someone else wrote it in
 * between (the change is recomputed from what is there now). After three tries, 409.
 */
export async function update<T extends { version: number }>(
  read: () => Promise<T | undefined>,
  change: (current: T) => T | Promise<T>,
  write: (next: T, expected: number) => Promise<boolean>,
  missing: () => Problem,
): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await read();
    if (!current) throw missing();
    const next = { ...(await change(current)), version: current.version + 1 };
    if (await write(next, current.version)) return next;
  }
  throw changedMeanwhile();
}

/**
 * Text written for pupils (or shown publicly) must not name a person or give contact details:
 * refused with what to take out, field by field. Returns the reading-ease warnings for the rest.
 */
export function checkPublicText(fields: Record<string, string | undefined>, readable: Record<string, string | undefined> = fields): Warnings {
  const found = identifyingFields(fields);
  if (found.length) {
    const errors: FieldError[] = found.map(({ field, found: kinds }) => ({
      field,
      message: `take out ${kinds.map((k) => IDENTIFYING_WORDS[k] ?? k).join(' and ')}: pupils' page must not identify anyone`,
    }));
    throw new Problem(422, 'text.identifying', 'Take out what identifies someone', 'Public text must not name a person or give contact details. Nothing was saved.', errors);
  }
  return readingWarnings(readable);
}

/** A field error as a 400, for rules zod cannot see (a date in the past, a ballot option not allowed). */
export const fieldProblem = (status: 400 | 409 | 422, code: string, field: string, message: string) =>
  new Problem(status, code, status === 409 ? 'Not possible now' : 'Some of what was sent is not right', `${message}. Nothing was saved.`, [{ field, message }]);
