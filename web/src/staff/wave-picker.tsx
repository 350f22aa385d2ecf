import type { WaveSummary } from '../api';
import { navigate } from '../router';
import { formatDate } from './labels';

/** Picks the survey round; the choice lives in `?wave=` so a report can be bookmarked and shared. */
export function WavePicker(props: { waves: WaveSummary[]; value: string | undefined }) {
  return (
    <div class="field wave-picker">
      <label for="wave" class="label">
        Survey round
      </label>
      <select
        id="wave"
        class="input"
        onChange={(e) => navigate(`${location.pathname}?wave=${encodeURIComponent(e.currentTarget.value)}`)}
      >
        {props.waves.map((w) => (
          <option value={w.id} selected={w.id === props.value}>
            {w.title} ({w.status === 'open' ? 'open now' : `closed ${formatDate(w.closesOn)}`})
          </option>
        ))}
      </select>
    </div>
  );
}
