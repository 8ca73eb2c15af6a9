import { lazyCoin } from '../random/lazyCoin.js';
import type { Rng } from '../random/Rng.js';

/**
 * The pivotal method of `pivotalOrdered` on the fractional units alone, already in order
 * (`values[k]` is the probability of the unit at position `k`), with the coin `lazyCoin(rng, p)`
 * inlined: the same decisions and the same random numbers (one toss per confrontation of two
 * fractional units, in order), as a sequential pass for large `N` (Deville & Tillé, Biometrika 1998;
 * Tillé, *Sampling Algorithms*, Springer 2006, ch. 6).
 *
 * @param size - how many fractional units the sample takes: `round(sum(pi)) - #{pi_i >= 1}`; the
 *   pivot left at the end is selected when fewer are in.
 * @returns the selected positions as a bit set: bit `k & 31` of word `k >>> 5` is set when position `k` is
 *   selected (a bit set of `M` bits stays in cache where `M` bytes would not, for `selectedUnits`).
 */
export function pivotalPositions(values: Float64Array, rng: Rng, size: number): Uint32Array {
  const M = values.length;
  const selected = new Uint32Array((M + 31) >>> 5);
  let count = 0;
  let pivot = -1;
  let a = 0;
  for (let k = 0; k < M; k++) {
    const b = values[k]!;
    if (pivot < 0) {
      pivot = k;
      a = b;
      continue;
    }
    const s = a + b;
    if (s < 1) {
      if (!lazyCoin(rng, a / s)) pivot = k;
      a = s;
    } else {
      if (lazyCoin(rng, (1 - b) / (2 - s))) {
        selected[pivot >>> 5]! |= 1 << (pivot & 31);
        pivot = k;
      } else selected[k >>> 5]! |= 1 << (k & 31);
      count++;
      a = s - 1;
      if (!(a > 0)) pivot = -1;
    }
  }
  if (pivot >= 0 && count < size) selected[pivot >>> 5]! |= 1 << (pivot & 31);
  return selected;
}
