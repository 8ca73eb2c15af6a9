import type { Rng } from '../../src/random/Rng.js';
import { checkInclusion } from '../../src/sampling/checkInclusion.js';
import { runDesign } from '../../src/sampling/runDesign.js';

/**
 * Pivotal sampling on a random order (Deville & Tillé, Biometrika 1998; Tillé, *Sampling
 * Algorithms*, Springer 2006, ch. 6): exact inclusion probabilities `pi`, exactly `round(sum(pi))`
 * units, O(N).
 *
 * Random numbers, in this order (`docs/spec/designs.md`, `pivotal@2`), none at all when no `pi_i` is
 * fractional: the `M - 1` swaps of `randomOrder` as `uniformBelow(rng, i + 1)` (M = number of
 * fractional `pi_i`; about one 32-bit word each), then one `lazyCoin(rng, p)` per confrontation of
 * two fractional units in `pivotalOrdered` (one word, rarely two).
 *
 * @throws {@link FairdrawError} when `pi` is not a valid vector (see `checkInclusion`).
 * @returns the selected indices, sorted.
 */
export function pivotal(pi: ArrayLike<number>, rng: Rng): number[] {
  checkInclusion(pi);
  return runDesign('pivotal', pi, rng);
}
