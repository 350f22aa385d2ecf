import { For, type JSX } from 'solid-js';
import type { Localised } from '../../../shared/respond/board';
import { splitPlaceholders } from '../../../shared/i18n/you-said/sentences';
import type { YouSaidKey } from '../../../shared/i18n/you-said/words';
import { lang, w } from './words';

/**
 * A text staff wrote, as the API sent it: in the page's language when translated (a draft, so
 * marked), else in English and marked `lang="en"`. `<bdi>` keeps an English sentence's full
 * stop at its end inside Arabic or Urdu.
 */
export function Text(props: { l: Localised }) {
  return (
    <>
      <bdi lang={props.l.lang === lang() ? undefined : props.l.lang}>{props.l.text}</bdi>
      {props.l.draft && <small class="draft-mark"> {w('draft.mark')}</small>}
    </>
  );
}

/** A text staff wrote that is only ever in English: who is responsible, updates, the youth council's comment. */
export const English = (props: { text: string }) => <bdi lang={lang() === 'en' ? undefined : 'en'}>{props.text}</bdi>;

/** A sentence in the page's language with elements where its placeholders are. */
export function Filled(props: { key: YouSaidKey; parts: Record<string, () => JSX.Element> }) {
  return <For each={splitPlaceholders(w(props.key))}>{(p) => ('text' in p ? p.text : props.parts[p.name]?.() ?? `{${p.name}}`)}</For>;
}
