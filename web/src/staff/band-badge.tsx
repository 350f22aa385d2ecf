import { BAND_RULE, BAND_WORDS, type Band } from './labels';

/** The band as a word in a box; the box's style adds to the word, it never replaces it. */
export function BandBadge(props: { band: Band }) {
  return <span class={`band band-${props.band}`}>{BAND_WORDS[props.band]}</span>;
}

/** The three bands, one line each, under a chart or table that shows them. */
export function BandKey() {
  return (
    <ul class="band-key">
      {(['above', 'average', 'below'] as const).map((b) => (
        <li>
          <BandBadge band={b} /> {BAND_RULE[b]}
        </li>
      ))}
    </ul>
  );
}
