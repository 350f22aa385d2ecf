import { createEffect, For, untrack } from 'solid-js';
import { ENGLISH_NAMES, LANGUAGES } from '../../../../shared/i18n/languages';
import { LIMITS, type Translations } from '../../../../shared/respond/schema';
import { TextAreaField } from './text-area-field';

const OTHERS = LANGUAGES.filter((l) => l.code !== 'en');

/** The element id of one language's box: `finding-text-ar`. */
export const translationId = (id: string, lang: string) => `${id}-${lang}`;

/** Error-summary labels for each language's box: "Your finding in Arabic". */
export const translationLabels = (id: string, what: string): Record<string, string> =>
  Object.fromEntries(OTHERS.map((l) => [translationId(id, l.code), `${what} in ${ENGLISH_NAMES[l.code]}`]));

/** What is sent: each translation trimmed, empty ones left out. */
export const cleanTranslations = (t: Translations): Translations =>
  Object.fromEntries(Object.entries(t).flatMap(([lang, text]) => (text?.trim() ? [[lang, text.trim()]] : []))) as Translations;

/** Translations that are too long, as errors on their boxes. */
export function translationErrors(id: string, what: string, t: Translations): Record<string, string> {
  const found: Record<string, string> = {};
  for (const l of OTHERS) {
    const text = t[l.code as keyof Translations]?.trim() ?? '';
    if (text.length > LIMITS.translation) found[translationId(id, l.code)] = `${what} in ${ENGLISH_NAMES[l.code]} must be ${LIMITS.translation} characters or fewer.`;
  }
  return found;
}

/**
 * Optional translations of one text pupils read, one box per language the pupil app offers,
 * folded away until wanted. Pupils reading Heard in a language see its translation (marked as a
 * draft until reviewed, as the survey's are: docs/translations.md) and English where there is none.
 * Each box carries its language and direction, so Urdu and Arabic are typed right to left.
 */
export function TranslationsField(props: {
  id: string;
  /** What is translated, for labels: "Your finding", "We will". */
  what: string;
  value: Translations;
  onChange: (t: Translations) => void;
  error: (id: string) => string | undefined;
}) {
  let details!: HTMLDetailsElement;
  const written = () => OTHERS.filter((l) => props.value[l.code as keyof Translations]?.trim()).length;
  // Opened when it has something in it at first, and whenever one of its boxes has an error; never closed under the writer.
  createEffect(() => {
    if (OTHERS.some((l) => props.error(translationId(props.id, l.code)))) details.open = true;
  });
  const openAtFirst = untrack(written) > 0;
  const set = (lang: string, text: string) => props.onChange({ ...props.value, [lang]: text });
  return (
    <details class="translations" ref={details} open={openAtFirst} data-testid={`${props.id}-translations`}>
      <summary>
        Translations of “{props.what}” (optional{written() ? `, ${written()} of ${OTHERS.length} written` : ''})
      </summary>
      <p class="hint">
        Pupils who use Heard in another language see the translation, marked as a draft until someone who speaks it has checked it. Where there is none, they
        see the English. Ask the council’s interpreting service.
      </p>
      <For each={OTHERS}>
        {(l) => (
          <TextAreaField
            id={translationId(props.id, l.code)}
            label={`${ENGLISH_NAMES[l.code]} (${l.name})`}
            error={props.error(translationId(props.id, l.code))}
            value={props.value[l.code as keyof Translations] ?? ''}
            onInput={(text) => set(l.code, text)}
            limit={LIMITS.translation}
            rows={2}
            lang={l.code}
            dir={l.dir}
            forPupils
          />
        )}
      </For>
    </details>
  );
}
