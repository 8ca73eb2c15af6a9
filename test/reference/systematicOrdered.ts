import { sampleSize } from '../../src/sampling/checkInclusion.js';

/**
 * Ordered systematic sampling (Madow, Ann. Math. Stat. 1949; Tillé, *Sampling Algorithms*, Springer
 * 2006, sect. 7.2) with the random start `u` in [0, 1): the fractional units, in
 * `order`, cover consecutive intervals `[V_{k-1}, V_k)` of lengths `pi_k`, and the units whose
 * interval contains one of the points `u, u + 1, u + 2, ...` are selected. Units with `pi_i = 1` are
 * always in and units with `pi_i = 0` always out; leaving them out of the cumulative sum gives the
 * same sample as Madow's, since an interval of length 1 shifts the others by a whole number.
 *
 * Floating point: the position is kept as a whole part and a fraction `f` in [0, 1), so the intervals
 * are measured with the precision of numbers below 1, whatever N; each unit's interval, read modulo
 * 1, is the arc `[f, f + pi_k)` and the unit is in when `u` lies on that arc (at most once). The
 * `m = round(sum(pi)) - #{pi_i = 1}` fractional units are selected exactly: selection stops at `m`,
 * and should rounding ever leave fewer (only when `u` lies within rounding distance of the end), the
 * last unselected fractional units in `order` are added.
 *
 * No validation: `pi` must pass `checkInclusion` and `order` be a permutation of `0 .. N-1`.
 *
 * @returns the selected indices, sorted.
 */
export function systematicOrdered(pi: ArrayLike<number>, order: ArrayLike<number>, u: number): number[] {
  const n = sampleSize(pi);
  const mask = new Uint8Array(pi.length);
  let ones = 0;
  for (let i = 0; i < pi.length; i++) if (pi[i]! >= 1) ones++;
  const m = n - ones;
  let count = 0;
  let f = 0;
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    const p = pi[j]!;
    if (p >= 1) {
      mask[j] = 1;
      continue;
    }
    if (!(p > 0)) continue;
    const end = f + p;
    let hit: boolean;
    if (end < 1) {
      hit = u >= f && u < end;
      f = end;
    } else {
      let e = end - 1;
      if (e > f) e = f; // rounding made the arc longer than 1
      hit = u >= f || u < e;
      f = e;
    }
    if (hit && count < m) {
      mask[j] = 1;
      count++;
    }
  }
  for (let k = order.length - 1; k >= 0 && count < m; k--) {
    const j = order[k]!;
    const p = pi[j]!;
    if (p > 0 && p < 1 && mask[j] === 0) {
      mask[j] = 1;
      count++;
    }
  }
  return Array.from(mask.keys()).filter((i) => mask[i] === 1);
}
