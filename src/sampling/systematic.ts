import type { Rng } from '../random/Rng.js';
import { checkInclusion } from './checkInclusion.js';
import { runDesign } from './runDesign.js';

/**
 * Randomised systematic sampling (Hartley & Rao, Ann. Math. Stat. 1962; Tillé, *Sampling
 * Algorithms*, Springer 2006, sect. 7.2): the units are put in a random order, then selected
 * systematically from one uniform start (Madow 1949). Exact inclusion probabilities `pi`, exactly
 * `round(sum(pi))` units, O(N).
 *
 * Random numbers, in this order: `M - 1` calls of `rng.next()` for `randomOrder` (M = number of
 * fractional `pi_i`), then one call for the start `u` of `systematicOrdered`. None at all when no
 * `pi_i` is fractional.
 *
 * @throws {@link FairdrawError} when `pi` is not a valid vector (see `checkInclusion`).
 * @returns the selected indices, sorted.
 */
export function systematic(pi: ArrayLike<number>, rng: Rng): number[] {
  checkInclusion(pi);
  return runDesign('systematic', pi, rng);
}
