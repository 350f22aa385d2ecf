/**
 * The codewords of a QR code (ISO/IEC 18004): byte-mode data, padding, and Reed–Solomon error
 * correction in blocks, interleaved. `qr.ts` lays them out as modules.
 */
export type Ecc = 'L' | 'M' | 'Q' | 'H';

const LEVEL: Record<Ecc, { index: number; bits: number }> = { L: { index: 0, bits: 1 }, M: { index: 1, bits: 0 }, Q: { index: 2, bits: 3 }, H: { index: 3, bits: 2 } };

// Per level, per version 1–40: error correction codewords in each block, and the number of blocks.
const ECC_PER_BLOCK = [
  [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
  [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
];
const BLOCKS = [
  [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
  [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
  [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
];

export const sizeOf = (version: number) => version * 4 + 17;

/** Centres of the alignment patterns along one axis. */
export function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const out = [6];
  for (let pos = sizeOf(version) - 7; out.length < count; pos -= step) out.splice(1, 0, pos);
  return out;
}

/** Modules left for data and error correction once the function patterns are drawn. */
function rawModules(version: number): number {
  let n = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const a = Math.floor(version / 7) + 2;
    n -= (25 * a - 10) * a - 55;
    if (version >= 7) n -= 36;
  }
  return n;
}

export const dataCodewords = (version: number, ecc: Ecc) =>
  Math.floor(rawModules(version) / 8) - ECC_PER_BLOCK[LEVEL[ecc].index]![version - 1]! * BLOCKS[LEVEL[ecc].index]![version - 1]!;

/** The most bytes a version holds at a level, in byte mode. */
export const byteCapacity = (version: number, ecc: Ecc) => Math.floor((dataCodewords(version, ecc) * 8 - 4 - (version < 10 ? 8 : 16)) / 8);

// GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = (x << 1) ^ (x & 0x80 ? 0x11d : 0)) {
  EXP[i] = EXP[i + 255] = x;
  LOG[x] = i;
}
const mul = (a: number, b: number) => (a && b ? EXP[LOG[a]! + LOG[b]!]! : 0);

/** Reed–Solomon error correction codewords for one block: the remainder of data·x^n by the generator. */
export function reedSolomon(data: readonly number[], n: number): number[] {
  let gen = [1]; // coefficients, highest power first: the product of (x − α^i) for i < n
  for (let i = 0; i < n; i++) gen = [...gen, 0].map((c, j) => c ^ (j ? mul(gen[j - 1]!, EXP[i]!) : 0));
  const rem = new Array<number>(n).fill(0);
  for (const byte of data) {
    const factor = byte ^ rem.shift()!;
    rem.push(0);
    for (let j = 0; j < n; j++) rem[j]! ^= mul(gen[j + 1]!, factor);
  }
  return rem;
}

/** The 15 format bits: level and mask, BCH-protected, XOR-masked. */
export function formatBits(ecc: Ecc, mask: number): number {
  const data = (LEVEL[ecc].bits << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits drawn from version 7 up. */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}

/** The codewords to place: data with padding, split into blocks, each with its correction, interleaved. */
export function codewords(bytes: Uint8Array, version: number, ecc: Ecc): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  const capacity = dataCodewords(version, ecc);
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  bytes.forEach((b) => put(b, 8));
  put(0, Math.min(4, capacity * 8 - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);

  return interleave(data, version, ecc);
}

/** Splits data codewords into the version's blocks (later blocks one longer), adds each block's correction, and interleaves. */
export function interleave(data: readonly number[], version: number, ecc: Ecc): number[] {
  const level = LEVEL[ecc].index;
  const blocks = BLOCKS[level]![version - 1]!;
  const eccLength = ECC_PER_BLOCK[level]![version - 1]!;
  const shortLength = Math.floor(data.length / blocks);
  const longFrom = blocks - (data.length % blocks);
  const dataBlocks: number[][] = [];
  for (let b = 0, at = 0; b < blocks; b++) {
    const length = shortLength + (b >= longFrom ? 1 : 0);
    dataBlocks.push(data.slice(at, (at += length)));
  }
  const out: number[] = [];
  for (let i = 0; i <= shortLength; i++) dataBlocks.forEach((block) => i < block.length && out.push(block[i]!));
  const eccBlocks = dataBlocks.map((block) => reedSolomon(block, eccLength));
  for (let i = 0; i < eccLength; i++) eccBlocks.forEach((block) => out.push(block[i]!));
  return out;
}
