import { alignmentCentres, byteCapacity, codewords, formatBits, sizeOf, versionBits, type Ecc } from './qr-codewords';

/**
 * A small QR code encoder (ISO/IEC 18004, model 2): byte mode, any error correction level,
 * versions 1–40, the mask chosen by the standard's penalty rules. A join link is short, so byte
 * mode alone is enough. Tested against published vectors in tests/web/admin-qr.test.ts.
 */
export type { Ecc };
export type Qr = { version: number; mask: number; size: number; modules: boolean[][] };

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** Modules (`dark[y][x]`) and which of them are function patterns, never data or masked. */
class Grid {
  readonly dark: boolean[][];
  readonly fixed: boolean[][];
  constructor(readonly size: number) {
    this.dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.fixed = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  set(x: number, y: number, dark: boolean) {
    if (x < 0 || y < 0 || x >= this.size || y >= this.size) return;
    this.dark[y]![x] = dark;
    this.fixed[y]![x] = true;
  }
}

function drawFunctionPatterns(g: Grid, version: number) {
  for (let i = 0; i < g.size; i++) {
    g.set(6, i, i % 2 === 0);
    g.set(i, 6, i % 2 === 0);
  }
  // Finders with their light separators: rings at distance 0–1 and 3 dark, 2 and 4 light.
  for (const [cx, cy] of [[3, 3], [g.size - 4, 3], [3, g.size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) for (let dx = -4; dx <= 4; dx++) g.set(cx + dx, cy + dy, ![2, 4].includes(Math.max(Math.abs(dx), Math.abs(dy))));
  }
  const centres = alignmentCentres(version);
  const last = centres.length - 1;
  centres.forEach((cy, i) =>
    centres.forEach((cx, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return; // under a finder
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) g.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormat(g, 'L', 0); // reserves the area; drawn for real once the mask is chosen
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const a = g.size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      g.set(a, b, ((bits >>> i) & 1) === 1);
      g.set(b, a, ((bits >>> i) & 1) === 1);
    }
  }
}

function drawFormat(g: Grid, ecc: Ecc, mask: number) {
  const bits = formatBits(ecc, mask);
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) g.set(8, i, bit(i));
  g.set(8, 7, bit(6));
  g.set(8, 8, bit(7));
  g.set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) g.set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) g.set(g.size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) g.set(8, g.size - 15 + i, bit(i));
  g.set(8, g.size - 8, true); // the dark module
}

/** Codeword bits, most significant first, up and down two-column strips from the bottom right. */
function drawData(g: Grid, data: number[]) {
  let i = 0;
  for (let right = g.size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern takes a whole column
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < g.size; step++) {
      const y = upward ? g.size - 1 - step : step;
      for (const x of [right, right - 1]) {
        if (g.fixed[y]![x]) continue;
        g.dark[y]![x] = i < data.length * 8 && ((data[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
        i++;
      }
    }
  }
}

function applyMask(g: Grid, mask: number) {
  for (let y = 0; y < g.size; y++) for (let x = 0; x < g.size; x++) if (!g.fixed[y]![x] && MASKS[mask]!(x, y)) g.dark[y]![x] = !g.dark[y]![x];
}

/** Penalty of one row or column: long runs (N1) and finder-like 1:1:3:1:1 patterns (N3), light beyond the edges. */
function linePenalty(line: boolean[]): number {
  const runs: number[] = line[0] ? [0] : []; // alternate, light first
  let colour: boolean | undefined;
  for (const dark of line) {
    if (dark === colour) runs[runs.length - 1]!++;
    else runs.push(1);
    colour = dark;
  }
  let score = runs.reduce((s, r) => s + (r >= 5 ? r - 2 : 0), 0);
  if (colour) runs.push(0);
  runs[0]! += line.length;
  runs[runs.length - 1]! += line.length;
  for (let i = 0; i + 6 < runs.length; i += 2) {
    const [before, n, a, b, c, d, after] = runs.slice(i, i + 7) as [number, number, number, number, number, number, number];
    if (!(a === n && b === 3 * n && c === n && d === n)) continue;
    score += 40 * (Number(before >= 4 * n && after >= n) + Number(after >= 4 * n && before >= n));
  }
  return score;
}

export function penalty(dark: boolean[][]): number {
  const size = dark.length;
  let score = 0;
  let count = 0;
  for (let i = 0; i < size; i++) score += linePenalty(dark[i]!) + linePenalty(dark.map((row) => row[i]!));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = dark[y]![x]!;
      if (c) count++;
      if (x < size - 1 && y < size - 1 && c === dark[y]![x + 1] && c === dark[y + 1]![x] && c === dark[y + 1]![x + 1]) score += 3;
    }
  }
  const total = size * size;
  return score + 10 * (Math.ceil(Math.abs(count * 20 - total * 10) / total) - 1);
}

/** The QR code for `text` (UTF-8): the smallest version that holds it at level `ecc`. */
export function encodeQr(text: string, options: { ecc?: Ecc; minVersion?: number; mask?: number } = {}): Qr {
  const ecc = options.ecc ?? 'M';
  const bytes = new TextEncoder().encode(text);
  let version = Math.max(1, options.minVersion ?? 1);
  while (byteCapacity(version, ecc) < bytes.length) if (++version > 40) throw new RangeError('too long for a QR code');
  const g = new Grid(sizeOf(version));
  drawFunctionPatterns(g, version);
  drawData(g, codewords(bytes, version, ecc));
  let mask = options.mask ?? -1;
  if (mask < 0) {
    let best = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(g, m);
      drawFormat(g, ecc, m);
      const p = penalty(g.dark);
      if (p < best) [best, mask] = [p, m];
      applyMask(g, m); // XOR again undoes it
    }
  }
  applyMask(g, mask);
  drawFormat(g, ecc, mask);
  return { version, mask, size: g.size, modules: g.dark };
}

/** An SVG path of the dark modules, one rectangle per run along a row, inside a quiet zone of `border`. */
export function qrPath(qr: Qr, border = 4): string {
  const parts: string[] = [];
  qr.modules.forEach((row, y) => {
    for (let x = 0; x < qr.size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      parts.push(`M${start + border} ${y + border}h${x - start + 1}v1h${start - x - 1}z`);
    }
  });
  return parts.join('');
}
