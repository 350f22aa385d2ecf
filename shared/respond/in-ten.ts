/**
 * A share as whole "X in 10" icons, as children read best ("2 in 10" reads differently from
 * "20 in 100"): the nearest whole number of ten, never shown as 0 when someone did, nor 10 when
 * someone did not. A hidden figure has no icons at all: nothing is drawn for it.
 */
export function inTen(percent: number): number {
  const tenths = Math.round(percent / 10);
  if (tenths === 0 && percent > 0) return 1;
  if (tenths === 10 && percent < 100) return 9;
  return tenths;
}
