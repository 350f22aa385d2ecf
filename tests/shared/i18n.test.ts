import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { PUPIL_STRING_KEYS, pupilEn, type PupilStrings } from '../../shared/i18n/pupil-strings';
import { primarySurvey, secondarySurvey, Survey, type Language } from '../../shared/survey';
import { primaryTranslations } from '../../shared/survey/translations/primary';
import { secondaryTranslations } from '../../shared/survey/translations/secondary';

const TRANSLATED = ['ur', 'ar', 'bn', 'pl', 'so'] as const;
const pupilDir = join(dirname(fileURLToPath(import.meta.url)), '../../shared/i18n/pupil');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sorted = (keys: Iterable<string>) => [...keys].sort();

/** Every `shared/i18n/pupil/<lang>.ts`, loaded by reading the folder, so a new file is tested too. */
async function loadPupilLanguages(): Promise<[string, PupilStrings][]> {
  const files = readdirSync(pupilDir).filter((f) => f.endsWith('.ts'));
  return Promise.all(
    files.map(async (file): Promise<[string, PupilStrings]> => {
      const mod = (await import(join(pupilDir, file))) as Record<string, PupilStrings>;
      const exported = Object.values(mod);
      expect(exported, `${file} exports one strings object`).toHaveLength(1);
      return [basename(file, '.ts'), exported[0]!];
    }),
  );
}

/** Words and numbers a translation must carry over unchanged wherever the English has them. */
const LITERALS = ['Heard', 'Childline', 'Kooth', 'kooth.com', 'SHOUT', '0800 1111', '85258', '999', 'ABC-234-XYZ'];

describe('pupil interface strings', () => {
  it('lists each key once, and English has exactly those keys', () => {
    expect(new Set(PUPIL_STRING_KEYS).size).toBe(PUPIL_STRING_KEYS.length);
    expect(sorted(Object.keys(pupilEn))).toEqual(sorted(PUPIL_STRING_KEYS));
    for (const key of PUPIL_STRING_KEYS) expect(pupilEn[key].trim(), key).not.toBe('');
  });

  it('has a file for each draft language and no other', async () => {
    const langs = (await loadPupilLanguages()).map(([lang]) => lang);
    expect(sorted(langs)).toEqual(sorted(TRANSLATED));
  });

  it('every language has exactly the English keys, none empty, with the same placeholders', async () => {
    for (const [lang, strings] of await loadPupilLanguages()) {
      expect(sorted(Object.keys(strings)), lang).toEqual(sorted(PUPIL_STRING_KEYS));
      for (const key of PUPIL_STRING_KEYS) {
        const text = strings[key];
        expect(typeof text === 'string' && text.trim() !== '', `${lang} ${key} is empty`).toBe(true);
        expect(placeholders(text), `${lang} ${key} placeholders`).toEqual(placeholders(pupilEn[key]));
      }
    }
  });

  it('keeps brand names, SHOUT, phone numbers and the example code unchanged', async () => {
    for (const [lang, strings] of await loadPupilLanguages()) {
      for (const key of PUPIL_STRING_KEYS) {
        for (const literal of LITERALS) {
          if (pupilEn[key].includes(literal)) expect(strings[key], `${lang} ${key} keeps "${literal}"`).toContain(literal);
        }
      }
    }
  });

  it('is really translated: only the page-title pattern and the brand may equal the English', async () => {
    for (const [lang, strings] of await loadPupilLanguages()) {
      const same = PUPIL_STRING_KEYS.filter((k) => strings[k] === pupilEn[k] && k !== 'app.name' && k !== 'app.pageTitle');
      expect(same, `${lang} keys still in English`).toEqual([]);
    }
  });

  it('names buttons with the words the buttons use in the same language', async () => {
    for (const [lang, strings] of [['en', pupilEn] as [string, PupilStrings], ...(await loadPupilLanguages())]) {
      expect(strings['text.hint'], `${lang} text.hint names the help button`).toContain(strings['help.button']);
      expect(strings['review.stillHere'], `${lang} review.stillHere names the send button`).toContain(strings['review.send']);
    }
  });
});

const surveys = [
  { survey: secondarySurvey, translations: secondaryTranslations },
  { survey: primarySurvey, translations: primaryTranslations },
];

describe.each(surveys)('$survey.id translations', ({ survey, translations }) => {
  const english = survey.strings.en ?? {};

  it('covers all five draft languages', () => {
    expect(sorted(Object.keys(translations))).toEqual(sorted(TRANSLATED));
  });

  it.each(TRANSLATED)('%s has exactly the English keys, none empty', (lang) => {
    const strings = translations[lang] ?? {};
    expect(sorted(Object.keys(strings))).toEqual(sorted(Object.keys(english)));
    for (const [key, text] of Object.entries(strings)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it.each(TRANSLATED)('%s keeps the answer scales in order, with distinct ends', (lang) => {
    const strings = translations[lang] ?? {};
    const groups = new Set(Object.keys(english).flatMap((k) => (k.startsWith('anchor.') ? [k.split('.')[1]!] : [])));
    expect(groups.size).toBeGreaterThan(0);
    for (const group of groups) {
      const labels = [0, 1, 2, 3, 4].map((v) => strings[`anchor.${group}.${v}`]);
      expect(labels[0], `${lang} ${group}: 0 and 4 differ`).not.toBe(labels[4]);
      expect(new Set(labels).size, `${lang} ${group}: five different labels`).toBe(5);
    }
  });

  it.each(TRANSLATED)('%s keeps the year numbers as Western digits', (lang) => {
    const strings = translations[lang] ?? {};
    for (const key of Object.keys(english).filter((k) => k.startsWith('q.year.'))) {
      expect(strings[key], `${lang} ${key}`).toContain(key.slice('q.year.'.length));
    }
  });

  it.each(TRANSLATED)('%s is valid once declared as a draft language', (lang) => {
    const strings = translations[lang] ?? {};
    const declared = Survey.parse({
      ...survey,
      languages: ['en', lang as Language],
      strings: { en: english, [lang]: strings },
      draftLanguages: [lang as Language],
    });
    expect(declared.strings[lang as Language]).toEqual(strings);
  });
});

describe('languages', () => {
  it('lists English and the five drafts once each, with their own names', () => {
    expect(sorted(LANGUAGES.map((l) => l.code))).toEqual(sorted(['en', ...TRANSLATED]));
    for (const l of LANGUAGES) expect(l.name.trim(), l.code).not.toBe('');
  });

  it('marks only Arabic and Urdu as right to left', () => {
    expect(sorted(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code))).toEqual(['ar', 'ur']);
  });

  it('marks every translation as a draft and English as not', () => {
    for (const l of LANGUAGES) expect(l.draft, l.code).toBe(l.code !== 'en');
  });
});
