import type { Rng } from '../random/Rng.js';
import { uniformBelow } from '../random/uniformBelow.js';
import type { DesignVersion } from './Design.js';

/**
 * The fractional units of a vector `pi` in the random order of `randomOrder`, laid out for
 * sequential passes: see {@link fractionalOrder}.
 */
export interface FractionalOrder {
  /** `values[k] = pi[randomOrder(pi, rng)[k]]` for the `M` fractional units, `k = 0 .. M-1`. */
  values: Float64Array;
  /**
   * The Fisher–Yates swap targets: step `i` (from `M-1` down to 1) swapped positions `i` and
   * `swaps[i]` (`swaps[0]` is unused). {@link selectedUnits} replays them backwards to map positions
   * in the random order back to units.
   */
  swaps: Int32Array;
  /** Number of units with `pi_i >= 1` (always selected). */
  ones: number;
  /** The sample size `round(sum(pi))`, the sum taken in index order (as `sampleSize`). */
  n: number;
}

/**
 * Puts the fractional units (`0 < pi_i < 1`) of `pi` in the random order of `randomOrder` for the
 * given version, consuming exactly the same random numbers (none when `M <= 1`; else for `i = M-1`
 * down to 1, version 1: `j = floor(next() * (i + 1))`, version 2: `j = uniformBelow(rng, i + 1)`), but
 * as a fast path for large `N`: it
 * permutes a contiguous `Float64Array` of their probabilities rather than an array of indices, so the
 * designs then read `pi` sequentially instead of in random order. The three passes (draw the swap
 * targets, apply them, and later undo them on a bit set in {@link selectedUnits}) each touch memory
 * at random at most once per unit, without a random-number call in the same loop, so the memory
 * accesses overlap (Durstenfeld's Fisher–Yates: Knuth, TAOCP vol. 2, Algorithm 3.4.2P).
 *
 * No validation: `pi` must pass `checkInclusion` (or come from `stratify`).
 */
export function fractionalOrder(pi: ArrayLike<number>, rng: Rng, version: DesignVersion): FractionalOrder {
  const N = pi.length;
  // One pass: count, sum, and copy the fractional probabilities (into room for all N).
  const room = new Float64Array(N);
  let M = 0;
  let ones = 0;
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const p = pi[i]!;
    sum += p;
    if (p >= 1) ones++;
    else if (p > 0) room[M++] = p;
  }
  const values = M === N ? room : room.subarray(0, M);
  const swaps = version === 1 ? swapTargets(rng, M) : exactSwapTargets(rng, M);
  applySwaps(values, swaps);
  return { values, swaps, ones, n: Math.round(sum) };
}

/** `swaps[i] = floor(rng.next() * (i + 1))` for `i = M-1` down to 1, in that order (as `shuffle`). */
function swapTargets(rng: Rng, M: number): Int32Array {
  const swaps = new Int32Array(M);
  for (let i = M - 1; i > 0; i--) swaps[i] = Math.floor(rng.next() * (i + 1));
  return swaps;
}

/** `swaps[i] = uniformBelow(rng, i + 1)` for `i = M-1` down to 1, in that order (as `exactShuffle`). */
function exactSwapTargets(rng: Rng, M: number): Int32Array {
  const swaps = new Int32Array(M);
  for (let i = M - 1; i > 0; i--) swaps[i] = uniformBelow(rng, i + 1);
  return swaps;
}

/** Fisher–Yates with given targets: for `i = M-1` down to 1, swap `values[i]` and `values[swaps[i]]`. */
function applySwaps(values: Float64Array, swaps: Int32Array): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = swaps[i]!;
    const t = values[i]!;
    values[i] = values[j]!;
    values[j] = t;
  }
}
