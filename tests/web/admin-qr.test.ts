import { describe, expect, it } from 'vitest';
import { encodeQr, penalty, qrPath } from '../../web/src/staff/admin/qr';
import { alignmentCentres, byteCapacity, formatBits, interleave, reedSolomon, versionBits } from '../../web/src/staff/admin/qr-codewords';

/**
 * The poster's QR encoder against published vectors: Reed–Solomon and block interleaving from
 * ZXing's encoder tests and the thonky.com worked example, format and version bits and
 * capacities from ISO/IEC 18004's tables, and whole symbols from another encoder's snapshots
 * (unjs/uqr, a port of Nayuki's library).
 */
const bin = (n: number, width: number) => n.toString(2).padStart(width, '0');

/** uqr's `encode('qrcode', { minVersion: 2 })` (level L, border 1), as its test prints it: '1' dark. */
const QRCODE_V2 = `
                                                     
  1 1 1 1 1 1 1     1           1 1   1 1 1 1 1 1 1  
  1           1   1 1   1 1           1           1  
  1   1 1 1   1     1 1 1     1   1   1   1 1 1   1  
  1   1 1 1   1   1 1   1         1   1   1 1 1   1  
  1   1 1 1   1       1   1 1 1 1     1   1 1 1   1  
  1           1   1   1     1 1 1 1   1           1  
  1 1 1 1 1 1 1   1   1   1   1   1   1 1 1 1 1 1 1  
                          1 1   1                    
  1 1 1 1 1   1 1 1 1 1   1   1 1   1   1   1   1    
  1   1   1 1       1           1 1   1 1 1 1        
    1     1 1 1     1   1 1           1   1   1 1 1  
            1   1   1 1 1     1   1 1 1 1 1          
    1   1     1   1 1   1         1   1 1   1 1   1  
  1       1 1     1   1   1 1 1 1   1 1       1 1    
  1   1 1 1   1   1 1 1     1 1 1 1 1   1     1 1 1  
  1   1     1     1       1 1   1               1 1  
  1   1 1     1 1 1 1     1   1 1 1 1 1 1 1 1 1   1  
                  1 1 1         1 1       1     1    
  1 1 1 1 1 1 1   1   1 1 1     1 1   1   1 1   1 1  
  1           1     1 1 1     1   1       1          
  1   1 1 1   1   1     1         1 1 1 1 1 1 1 1 1  
  1   1 1 1   1   1       1 1 1 1 1 1             1  
  1   1 1 1   1   1   1     1 1   1   1 1 1       1  
  1           1   1 1     1 1         1   1 1     1  
  1 1 1 1 1 1 1   1   1   1   1 1   1 1 1 1 1   1 1  
                                                     `;

/** uqr's `renderUnicode('qrcode', { whiteChar: '██', blackChar: '░░' })` (level L, version 1, border 1): '░░' dark. */
const QRCODE_V1 = `
██████████████████████████████████████████████
██░░░░░░░░░░░░░░██░░░░████░░██░░░░░░░░░░░░░░██
██░░██████████░░████░░████░░██░░██████████░░██
██░░██░░░░░░██░░██░░██░░██░░██░░██░░░░░░██░░██
██░░██░░░░░░██░░██░░████░░████░░██░░░░░░██░░██
██░░██░░░░░░██░░██░░░░░░██████░░██░░░░░░██░░██
██░░██████████░░██████████████░░██████████░░██
██░░░░░░░░░░░░░░██░░██░░██░░██░░░░░░░░░░░░░░██
████████████████████░░░░██████████████████████
██░░░░░░░░████░░██░░██░░████░░████░░░░░░██░░██
██████░░██░░████░░░░░░████░░████░░████░░░░░░██
██░░██░░░░████░░░░████████░░░░░░░░░░░░░░░░░░██
██░░░░██░░░░░░████████░░██░░░░██████░░████████
████░░██████░░░░██░░░░██░░██░░████░░██████████
██████████████████░░██░░████░░██████░░██░░████
██░░░░░░░░░░░░░░████████████░░░░██░░░░░░██████
██░░██████████░░██████░░░░░░░░░░████░░░░██░░██
██░░██░░░░░░██░░████░░██░░████░░░░██░░░░░░░░██
██░░██░░░░░░██░░██░░░░░░████░░██████░░░░░░████
██░░██░░░░░░██░░██░░██░░░░██░░██████░░████████
██░░██████████░░██░░░░██░░░░██░░██████████░░██
██░░░░░░░░░░░░░░██░░░░░░░░░░████░░░░██░░██████
██████████████████████████████████████████████`;

/** Rows of `cells` cells two characters wide (trailing spaces may be trimmed), without the one-cell border. */
const grid = (text: string, dark: string, cells: number) =>
  text
    .split('\n')
    .slice(1)
    .map((row) => (row.padEnd(cells * 2).match(/.{2}/g) ?? []).map((cell) => cell === dark))
    .slice(1, -1)
    .map((row) => row.slice(1, -1));

describe('Reed–Solomon error correction', () => {
  it('matches the worked example for HELLO WORLD at 1-M', () => {
    expect(reedSolomon([32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17], 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it("matches ZXing's encoder vectors", () => {
    expect(reedSolomon([32, 65, 205, 69, 41, 220, 46, 128, 236], 17)).toEqual([42, 159, 74, 221, 244, 169, 239, 150, 138, 70, 237, 85, 224, 96, 74, 219, 61]);
    expect(reedSolomon([67, 70, 22, 38, 54, 70, 86, 102, 118, 134, 150, 166, 182, 198, 214], 18)).toEqual([
      175, 80, 155, 64, 178, 45, 214, 233, 65, 209, 12, 155, 117, 31, 140, 214, 27, 187,
    ]);
    expect(reedSolomon([32, 49, 205, 69, 42, 20, 0, 236, 17], 17)).toEqual([0, 3, 130, 179, 194, 0, 55, 211, 110, 79, 98, 72, 170, 96, 211, 137, 213]);
  });
});

describe('blocks', () => {
  it("splits 5-Q into two short and two long blocks and interleaves them as ZXing's test expects", () => {
    const data = [
      67, 70, 22, 38, 54, 70, 86, 102, 118, 134, 150, 166, 182, 198, 214, 230, 247, 7, 23, 39, 55, 71, 87, 103, 119, 135, 151, 166, 22, 38, 54,
      70, 86, 102, 118, 134, 150, 166, 182, 198, 214, 230, 247, 7, 23, 39, 55, 71, 87, 103, 119, 135, 151, 160, 236, 17, 236, 17, 236, 17, 236, 17,
    ];
    expect(interleave(data, 5, 'Q')).toEqual([
      67, 230, 54, 55, 70, 247, 70, 71, 22, 7, 86, 87, 38, 23, 102, 103, 54, 39, 118, 119, 70, 55, 134, 135, 86, 71, 150, 151, 102, 87, 166, 160,
      118, 103, 182, 236, 134, 119, 198, 17, 150, 135, 214, 236, 166, 151, 230, 17, 182, 166, 247, 236, 198, 22, 7, 17, 214, 38, 23, 236, 39, 17,
      175, 155, 245, 236, 80, 146, 56, 74, 155, 165, 133, 142, 64, 183, 132, 13, 178, 54, 132, 108, 45, 113, 53, 50, 214, 98, 193, 152, 233, 147,
      50, 71, 65, 190, 82, 51, 209, 199, 171, 54, 12, 112, 57, 113, 155, 117, 211, 164, 117, 30, 158, 225, 31, 190, 242, 38, 140, 61, 179, 154,
      214, 138, 147, 87, 27, 96, 77, 47, 187, 49, 156, 214,
    ]);
  });

  it("holds as many bytes as the standard's capacity table says", () => {
    expect([byteCapacity(1, 'L'), byteCapacity(1, 'M'), byteCapacity(1, 'Q'), byteCapacity(1, 'H')]).toEqual([17, 14, 11, 7]);
    expect([byteCapacity(4, 'M'), byteCapacity(10, 'M'), byteCapacity(40, 'L'), byteCapacity(40, 'H')]).toEqual([62, 213, 2953, 1273]);
  });
});

describe('function patterns', () => {
  it('writes the format and version bits of the standard', () => {
    expect(bin(formatBits('L', 4), 15)).toBe('110011000101111');
    expect(bin(formatBits('M', 0), 15)).toBe('101010000010010');
    expect(bin(formatBits('H', 7), 15)).toBe('000100000111011');
    expect(bin(versionBits(7), 18)).toBe('000111110010010100');
    expect(bin(versionBits(40), 18)).toBe('101000110001101001');
  });

  it('places alignment patterns where the standard does', () => {
    expect(alignmentCentres(1)).toEqual([]);
    expect(alignmentCentres(2)).toEqual([6, 18]);
    expect(alignmentCentres(7)).toEqual([6, 22, 38]);
    expect(alignmentCentres(32)).toEqual([6, 34, 60, 86, 112, 138]);
    expect(alignmentCentres(40)).toEqual([6, 30, 58, 86, 114, 142, 170]);
  });
});

describe('whole symbols', () => {
  it('encodes "qrcode" at 1-L module for module as another encoder does, choosing the same mask', () => {
    const qr = encodeQr('qrcode', { ecc: 'L' });
    expect(qr.version).toBe(1);
    expect(qr.modules).toEqual(grid(QRCODE_V1, '░░', 23));
  });

  it('encodes "qrcode" at 2-L module for module as another encoder does, choosing the same mask', () => {
    const qr = encodeQr('qrcode', { ecc: 'L', minVersion: 2 });
    expect(qr.version).toBe(2);
    expect(qr.modules).toEqual(grid(QRCODE_V2, '1 ', 27));
  });

  it('picks the mask with the lowest penalty, and a forced mask gives the same symbol', () => {
    const link = 'https://heard.example.gov.uk/j/K7MQ2RXW9';
    const chosen = encodeQr(link);
    const all = Array.from({ length: 8 }, (_, mask) => encodeQr(link, { mask }));
    expect(all[chosen.mask]!.modules).toEqual(chosen.modules);
    expect(penalty(chosen.modules)).toBe(Math.min(...all.map((q) => penalty(q.modules))));
  });

  it('fits a join link in a small symbol and grows for longer text, with version bits from version 7', () => {
    expect(encodeQr('https://heard.example.gov.uk/j/K7MQ2RXW9').version).toBe(3);
    const big = encodeQr('x'.repeat(200), { ecc: 'M' });
    expect(big.version).toBe(10);
    // The version block beside the top-right finder, read back: bit i at (size - 11 + i % 3, ⌊i / 3⌋).
    let bits = 0;
    for (let i = 0; i < 18; i++) if (big.modules[Math.floor(i / 3)]![big.size - 11 + (i % 3)]) bits |= 1 << i;
    expect(bits).toBe(versionBits(10));
    expect(() => encodeQr('x'.repeat(3000))).toThrow(RangeError);
  });

  it('draws each dark run as one rectangle inside a four-module quiet zone', () => {
    const qr = encodeQr('qrcode', { ecc: 'L' });
    const path = qrPath(qr);
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true); // the top-left finder's top edge
    const area = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).toBe(qr.modules.flat().filter(Boolean).length);
  });
});
