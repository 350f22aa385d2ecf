import type { Wave } from '../catalog';

export const waveRef = (w: Wave) => ({ id: w.id, title: w.title, opensOn: w.opensOn, closesOn: w.closesOn, status: w.status });
