import { fewerThan } from './labels';

/** What a suppressed group shows instead of figures: the reason, and nothing else. */
export function SuppressedNote(props: { threshold: number }) {
  return <p class="suppressed">{fewerThan(props.threshold)}</p>;
}
