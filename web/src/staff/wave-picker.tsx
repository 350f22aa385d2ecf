import type { WaveSummary } from './api';
import { navigate } from '../router';
import { formatDate } from './labels';

/** The round a report opens on: the newest with answers to show, so never a draft (the council's work in progress). */
export const defaultWave = (waves: readonly WaveSummary[] | undefined) => (waves?.find((w) => w.status !== 'draft') ?? waves?.[0])?.id;

/** "open now", "closed 10 July 2026", "published, closed …"; drafts appear only on the council's pages. */
export function roundState(w: WaveSummary): string {
  if (w.status === 'open') return 'open now';
  if (w.status === 'draft') return `draft, opens ${formatDate(w.opensOn)}`;
  return `${w.status === 'published' ? 'published, closed' : 'closed'} ${formatDate(w.closesOn)}`;
}

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
            {w.title} ({roundState(w)})
          </option>
        ))}
      </select>
    </div>
  );
}
