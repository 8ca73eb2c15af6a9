import type { Coin } from '../../src/random/Rng.js';
import { sampleSize } from '../../src/sampling/checkInclusion.js';

/**
 * Ordered pivotal sampling (Deville & Tillé, Biometrika 1998; Tillé, *Sampling Algorithms*, Springer
 * 2006, ch. 6, the pivotal method): the units are visited in `order`, keeping at most one unfinished
 * unit, the *pivot*, with a residual probability `a` in (0, 1). Each new fractional unit `j` with
 * probability `b` is confronted with the pivot (`s = a + b`):
 *
 * - `s < 1`: with probability `a / s` the pivot takes `s` and `j` is out (`coin(a / s)` true);
 *   otherwise the pivot is out and `j` becomes the pivot with `s`;
 * - `s >= 1`: with probability `(1 - b) / (2 - s)` the pivot is in and `j` becomes the pivot with
 *   `s - 1` (`coin((1 - b) / (2 - s))` true); otherwise `j` is in and the pivot keeps `s - 1`.
 *   A pivot left with 0 is out, and the next fractional unit starts a new pivot.
 *
 * Units with `pi_i = 1` are in and units with `pi_i = 0` out, without a coin. The pivot left at the
 * end (its residual is 0 or 1 up to rounding) is in exactly when fewer than `round(sum(pi))` units
 * are in, so the sample size is exact. Every fixed order gives exact marginals.
 *
 * No validation: `pi` must pass `checkInclusion` and `order` be a permutation of `0 .. N-1`.
 *
 * @param coin - one call per confrontation of two fractional units, in order.
 * @returns the selected indices, sorted.
 */
export function pivotalOrdered(pi: ArrayLike<number>, order: ArrayLike<number>, coin: Coin): number[] {
  const n = sampleSize(pi);
  const mask = new Uint8Array(pi.length);
  let count = 0;
  let pivot = -1;
  let a = 0;
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    const b = pi[j]!;
    if (b >= 1) {
      mask[j] = 1;
      count++;
      continue;
    }
    if (!(b > 0)) continue;
    if (pivot < 0) {
      pivot = j;
      a = b;
      continue;
    }
    const s = a + b;
    if (s < 1) {
      if (coin(a / s)) a = s;
      else {
        pivot = j;
        a = s;
      }
    } else {
      if (coin((1 - b) / (2 - s))) {
        mask[pivot] = 1;
        pivot = j;
      } else mask[j] = 1;
      count++;
      a = s - 1;
      if (!(a > 0)) pivot = -1;
    }
  }
  if (pivot >= 0 && count < n) mask[pivot] = 1;
  return Array.from(mask.keys()).filter((i) => mask[i] === 1);
}
