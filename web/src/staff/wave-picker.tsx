import type { WaveSummary } from './api';
import { navigate } from '../router';
import { formatDate } from './labels';

/** Picks the survey round; the choice lives in `?wave=` (beside any one-group choice) so a report can be bookmarked. */
export function WavePicker(props: { waves: WaveSummary[]; value: string | undefined }) {
  const go = (wave: string) => {
    const params = new URLSearchParams(location.search);
    params.set('wave', wave);
    navigate(`${location.pathname}?${params}`);
  };
  return (
    <div class="field wave-picker">
      <label for="wave" class="label">
        Survey round
      </label>
      <select id="wave" class="input" onChange={(e) => go(e.currentTarget.value)}>
        {props.waves.map((w) => (
          <option value={w.id} selected={w.id === props.value}>
            {w.title} ({w.status === 'open' ? 'open now' : `closed ${formatDate(w.closesOn)}`})
          </option>
        ))}
      </select>
    </div>
  );
}
