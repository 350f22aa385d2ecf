import { Show } from 'solid-js';
import type { CityEvidence, SettingEvidence } from '../../../../shared/respond/schema';
import { citedWords, topicWords } from './words';

/** The figure a finding or entry quotes, as the report showed it when it was cited. */
export function EvidenceLine(props: { evidence: CityEvidence | SettingEvidence }) {
  const topic = () => ('topicCount' in props.evidence ? props.evidence.topicCount : undefined);
  return (
    <p class="evidence-line">
      <span class="evidence-label">Evidence: </span>
      {citedWords(props.evidence.figure)}
      <Show when={topic()}>{(t) => <>; {topicWords(t())}</>}</Show>.
    </p>
  );
}
