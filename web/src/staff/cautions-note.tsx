import { Show } from 'solid-js';

/** The report's cautions, in its own words, where a reader sees them before the figures. */
export function CautionsNote(props: { items: string[] }) {
  return (
    <Show when={props.items.length}>
      <section class="caution" aria-labelledby="cautions-title">
        <h2 id="cautions-title">Read with care</h2>
        <ul>
          {props.items.map((c) => (
            <li>{c}</li>
          ))}
        </ul>
      </section>
    </Show>
  );
}
