import type { Rng } from '../random/Rng.js';
import { checkInclusion } from './checkInclusion.js';
import { runDesign } from './runDesign.js';

/**
 * Pivotal sampling on a random order (Deville & Tillé, Biometrika 1998; Tillé, *Sampling
 * Algorithms*, Springer 2006, ch. 6): exact inclusion probabilities `pi`, exactly `round(sum(pi))`
 * units, O(N).
 *
 * Random numbers, in this order: `M - 1` calls of `rng.next()` for `randomOrder` (M = number of
 * fractional `pi_i`), then one call per confrontation of two fractional units in `pivotalOrdered`,
 * as the coin `rng.next() < p`. None at all when no `pi_i` is fractional.
 *
 * @throws {@link FairdrawError} when `pi` is not a valid vector (see `checkInclusion`).
 * @returns the selected indices, sorted.
 */
export function pivotal(pi: ArrayLike<number>, rng: Rng): number[] {
  checkInclusion(pi);
  return runDesign('pivotal', pi, rng);
}
