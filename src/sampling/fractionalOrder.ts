import type { Rng } from '../random/Rng.js';
import { uniformBelow } from '../random/uniformBelow.js';

/**
 * The fractional units of a vector `pi` in the random order of `randomOrder`, laid out for
 * sequential passes: see {@link fractionalOrder}.
 */
export interface FractionalOrder {
  /** `values[k] = pi[randomOrder(pi, rng)[k]]` for the `M` fractional units, `k = 0 .. M-1`. */
  values: Float64Array;
  /**
   * Where each fractional unit went: `where[m]` is the position in the random order of the `m`-th
   * fractional unit in index order (the inverse of the shuffle's permutation). `selectedUnits` (runDesign.ts)
   * reads it to map positions back to units.
   */
  where: Int32Array;
  /** Number of units with `pi_i >= 1` (always selected). */
  ones: number;
  /** The sample size `round(sum(pi))`, the sum taken in index order (as `sampleSize`). */
  n: number;
}

/**
 * Puts the fractional units (`0 < pi_i < 1`) of `pi` in the random order of `randomOrder`,
 * consuming exactly the same random numbers (none when `M <= 1`; else for `i = M-1` down to 1,
 * `j = uniformBelow(rng, i + 1)`), but as a fast path for large `N`, in four passes that never read memory at random while they call the
 * generator or depend on a random read:
 *
 * 1. count the fractional units (and the units at 1, and the sum);
 * 2. draw the swap targets `j` of Durstenfeld's Fisher–Yates (Knuth, TAOCP vol. 2, Algorithm 3.4.2P);
 * 3. apply the same transpositions in the opposite order (`i = 1 .. M-1`) to the identity, which gives
 *    the inverse of the shuffle's permutation, `where` (transpositions are their own inverses);
 * 4. write each fractional probability straight to its position, `values[where[m]] = pi_i`.
 *
 * The designs then read `values` sequentially. A shuffle of the `Float64Array` itself would read and
 * write 8 bytes at random per step; steps 3 and 4 touch 4 bytes at random per step and then only write
 * at random, which is cheaper at large `M`.
 *
 * No validation: `pi` must pass `checkInclusion` (or come from `stratify`).
 */
export function fractionalOrder(pi: ArrayLike<number>, rng: Rng): FractionalOrder {
  const N = pi.length;
  let M = 0;
  let ones = 0;
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const p = pi[i]!;
    sum += p;
    if (p >= 1) ones++;
    else if (p > 0) M++;
  }
  const where = inverseOfSwaps(swapTargets(rng, M));
  const values = new Float64Array(M);
  for (let i = 0, m = 0; m < M; i++) {
    const p = pi[i]!;
    if (p > 0 && p < 1) values[where[m++]!] = p;
  }
  return { values, where, ones, n: Math.round(sum) };
}

/** `swaps[i] = uniformBelow(rng, i + 1)` for `i = M-1` down to 1, in that order (as `exactShuffle`). */
function swapTargets(rng: Rng, M: number): Int32Array {
  const swaps = new Int32Array(M);
  for (let i = M - 1; i > 0; i--) swaps[i] = uniformBelow(rng, i + 1);
  return swaps;
}

/**
 * The inverse of the permutation that Fisher–Yates with targets `swaps` makes (for `i = M-1` down to
 * 1, swap positions `i` and `swaps[i]`): the same swaps applied to the identity for `i = 1 .. M-1`.
 */
function inverseOfSwaps(swaps: Int32Array): Int32Array {
  const M = swaps.length;
  const where = new Int32Array(M); // where[0] = 0
  // Step i swaps positions i and j <= i of the identity; no earlier step touched position i, so it
  // still holds i, and the swap is where[i] = where[j], where[j] = i (no separate initialisation pass).
  for (let i = 1; i < M; i++) {
    const j = swaps[i]!;
    where[i] = where[j]!;
    where[j] = i;
  }
  return where;
}
