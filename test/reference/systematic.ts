import type { Rng } from '../../src/random/Rng.js';
import { checkInclusion } from '../../src/sampling/checkInclusion.js';
import { runDesign } from '../../src/sampling/runDesign.js';

/**
 * Randomised systematic sampling (Hartley & Rao, Ann. Math. Stat. 1962; Tillé, *Sampling
 * Algorithms*, Springer 2006, sect. 7.2): the units are put in a random order, then selected
 * systematically from one uniform start (Madow 1949). Exact inclusion probabilities `pi`, exactly
 * `round(sum(pi))` units, O(N).
 *
 * Random numbers, in this order (`docs/spec/designs.md`, `systematic@2`), none at all when no `pi_i`
 * is fractional: the `M - 1` swaps of `randomOrder` (M = number of fractional `pi_i`), as
 * `uniformBelow(rng, i + 1)` (about one 32-bit word each), then one call of `rng.next()` for the start
 * `u` of `systematicOrdered`.
 *
 * @throws {@link FairdrawError} when `pi` is not a valid vector (see `checkInclusion`).
 * @returns the selected indices, sorted.
 */
export function systematic(pi: ArrayLike<number>, rng: Rng): number[] {
  checkInclusion(pi);
  return runDesign('systematic', pi, rng);
}
