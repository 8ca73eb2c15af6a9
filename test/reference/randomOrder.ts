import type { Rng } from '../../src/random/Rng.js';
import { exactShuffle } from './exactShuffle.js';

/**
 * The random order in which the pivotal and systematic designs visit the units: the `M` units with a
 * fractional probability (`0 < pi_i < 1`), taken in increasing index order, are permuted by
 * `exactShuffle(rng, M)` (Fisher–Yates from 32-bit words, `M - 1` calls of `uniformBelow`, none when
 * `M <= 1`): position `k` of the order holds the `perm[k]`-th fractional unit. The units with `pi_i`
 * equal to 0 or 1 follow, in increasing index order; the designs decide them without randomness.
 *
 * Shuffling only the fractional units gives the same design as shuffling all `N` (their relative order
 * is uniform either way) and spends fewer random numbers.
 */
export function randomOrder(pi: ArrayLike<number>, rng: Rng): Int32Array {
  const N = pi.length;
  const fractional: number[] = [];
  const fixed: number[] = [];
  for (let i = 0; i < N; i++) {
    const p = pi[i]!;
    if (p > 0 && p < 1) fractional.push(i);
    else fixed.push(i);
  }
  const perm = exactShuffle(rng, fractional.length);
  const order = new Int32Array(N);
  for (let k = 0; k < fractional.length; k++) order[k] = fractional[perm[k]!]!;
  for (let k = 0; k < fixed.length; k++) order[fractional.length + k] = fixed[k]!;
  return order;
}
