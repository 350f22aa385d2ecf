import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { alignmentCentres, dataCodewords, formatBits, interleave, type Ecc } from '../../web/src/staff/admin/qr-codewords';

/**
 * Reads back a QR code printed to PDF, as a phone would read the sheet: the symbol's dark modules
 * from the page's drawing (the black filled path), then ISO/IEC 18004 backwards: format bits
 * (level and mask), function patterns left out, the zig-zag placement, the mask undone, blocks
 * de-interleaved, byte mode decoded. Placement and masks are written out here from the standard,
 * not taken from the encoder, so a symbol the encoder placed wrongly would not read.
 */

type Rect = { x0: number; y0: number; x1: number; y1: number };
type M = [number, number, number, number, number, number];
const times = (m: M, n: M): M => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: M, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;

/** The black rectangles of the first page's largest black path (a QR code is one path of many runs). */
async function blackRects(pdf: Uint8Array): Promise<Rect[]> {
  const doc = await getDocument({ data: pdf }).promise;
  const page = await doc.getPage(1);
  const { fnArray, argsArray } = await page.getOperatorList();
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: { ctm: M; fill: string }[] = [];
  let fill = '#000000';
  let best: Rect[] = [];
  let pending: Rect[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, fill });
    else if (fn === OPS.restore) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
    else if (fn === OPS.transform) ctm = times(ctm, args as M);
    else if (fn === OPS.setFillRGBColor) {
      // A hex string or three 0–255 values (a typed array), by pdf.js version.
      fill = typeof args[0] === 'string' ? (args[0] as string) : `#${Array.from(args as unknown as ArrayLike<number>, (c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
    }
    else if (fn === OPS.constructPath) {
      const [ops, coords] = args as [number[], number[]];
      pending = [];
      let at = 0;
      let points: (readonly [number, number])[] = [];
      const close = () => {
        if (points.length >= 4) {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          pending.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
        }
        points = [];
      };
      for (const op of ops) {
        if (op === OPS.moveTo) {
          close();
          points.push(apply(ctm, coords[at]!, coords[at + 1]!));
          at += 2;
        } else if (op === OPS.lineTo) {
          points.push(apply(ctm, coords[at]!, coords[at + 1]!));
          at += 2;
        } else if (op === OPS.rectangle) {
          close();
          const [x, y, w, h] = coords.slice(at, at + 4) as [number, number, number, number];
          points = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)];
          close();
          at += 4;
        } else if (op === OPS.curveTo) at += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) at += 4;
        else if (op === OPS.closePath) close();
      }
      close();
    } else if ((fn === OPS.fill || fn === OPS.eoFill) && fill.toLowerCase() === '#000000' && pending.length > best.length) best = pending;
  }
  await doc.destroy();
  return best;
}

/** The symbol as modules, `dark[y][x]`, from its rectangles: the finder's corner is module (0, 0). */
function modulesOf(rects: Rect[]): boolean[][] {
  const unit = Math.min(...rects.map((r) => Math.min(r.x1 - r.x0, r.y1 - r.y0)));
  const left = Math.min(...rects.map((r) => r.x0));
  const top = Math.max(...rects.map((r) => r.y1)); // PDF space: y grows upwards
  const size = Math.round((Math.max(...rects.map((r) => r.x1)) - left) / unit);
  const dark = (x: number, y: number) => {
    const px = left + (x + 0.5) * unit;
    const py = top - (y + 0.5) * unit;
    return rects.some((r) => px > r.x0 && px < r.x1 && py > r.y0 && py < r.y1);
  };
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => dark(x, y)));
}

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

/** The text a symbol holds (byte mode), or an error saying where reading it failed. */
export function readQr(dark: boolean[][]): string {
  const size = dark.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 40) throw new Error(`a ${size}-module symbol is no QR code`);
  // Format bits, first copy: (8, 0..5), (8, 7), (8, 8), (7, 8), (5..0, 8); bit i at those places in order.
  const at: [number, number][] = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]];
  const read = at.reduce((bits, [x, y], i) => bits | ((dark[y]![x] ? 1 : 0) << i), 0);
  const found = (['L', 'M', 'Q', 'H'] as Ecc[]).flatMap((ecc) => MASKS.map((_, mask) => ({ ecc, mask }))).find((f) => formatBits(f.ecc, f.mask) === read);
  if (!found) throw new Error('the format bits match no level and mask');

  const fixed = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const block = (x0: number, y0: number, w: number, h: number) => {
    for (let y = Math.max(0, y0); y < Math.min(size, y0 + h); y++) for (let x = Math.max(0, x0); x < Math.min(size, x0 + w); x++) fixed[y]![x] = true;
  };
  block(0, 0, 9, 9);
  block(size - 8, 0, 8, 9);
  block(0, size - 8, 9, 8);
  block(6, 0, 1, size);
  block(0, 6, size, 1);
  const centres = alignmentCentres(version);
  const last = centres.length - 1;
  centres.forEach((cy, i) =>
    centres.forEach((cx, j) => {
      // Not where a finder is: the top corners and the bottom-left one.
      if (!((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0))) block(cx - 2, cy - 2, 5, 5);
    }),
  );
  if (version >= 7) {
    block(size - 11, 0, 3, 6);
    block(0, size - 11, 6, 3);
  }

  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (!fixed[y]![x]) bits.push(dark[y]![x] !== MASKS[found.mask]!(x, y) ? 1 : 0);
      }
    }
  }
  const stream: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) stream.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  // Where each data codeword went: interleave numbered placeholders and see where each lands.
  const count = dataCodewords(version, found.ecc);
  if (count > 256) throw new Error('too long for this reader (a page address is short)');
  const order = interleave(Array.from({ length: count }, (_, i) => i), version, found.ecc).slice(0, count);
  const data = new Array<number>(count);
  order.forEach((index, k) => (data[index] = stream[k]!));
  const dataBits = data.flatMap((b) => Array.from({ length: 8 }, (_, i) => (b >>> (7 - i)) & 1));
  const take = (n: number) => dataBits.splice(0, n).reduce((a, b) => (a << 1) | b, 0);
  const mode = take(4);
  if (mode !== 0b0100) throw new Error(`mode ${mode.toString(2)} is not byte mode`);
  const length = take(version < 10 ? 8 : 16);
  return new TextDecoder().decode(Uint8Array.from({ length }, () => take(8)));
}

/** The text of the QR code printed on a PDF's first page. */
export async function readQrFromPdf(pdf: Uint8Array): Promise<string> {
  const rects = await blackRects(pdf);
  if (rects.length < 20) throw new Error('no QR code drawn on the page');
  return readQr(modulesOf(rects));
}
