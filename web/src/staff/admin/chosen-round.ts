import { createMemo } from 'solid-js';
import { getWaves } from '../api';
import { url } from '../../router';
import { createLoad } from '../create-load';
import { authed } from '../session';

/**
 * The round a codes page is about: `?wave=` when the address names one, else the open round,
 * else the first listed; and whether it still takes new codes (a draft or an open round).
 */
export function createChosenRound() {
  const waves = createLoad(() => true, () => authed(getWaves));
  const wave = () => {
    const list = waves.data()?.waves ?? [];
    return url().searchParams.get('wave') ?? (list.find((w) => w.status === 'open') ?? list[0])?.id;
  };
  const round = createMemo(() => waves.data()?.waves.find((w) => w.id === wave()));
  const takesCodes = () => round()?.status === 'draft' || round()?.status === 'open';
  return { waves, wave, round, takesCodes };
}
