import type { Rng } from '../random/Rng.js';
import { checkInclusion } from './checkInclusion.js';
import { type DesignVersion, latestVersion } from './Design.js';
import { runDesign } from './runDesign.js';

/**
 * Pivotal sampling on a random order (Deville & Tillé, Biometrika 1998; Tillé, *Sampling
 * Algorithms*, Springer 2006, ch. 6): exact inclusion probabilities `pi`, exactly `round(sum(pi))`
 * units, O(N).
 *
 * Random numbers, in this order (`docs/spec/designs.md`), none at all when no `pi_i` is fractional:
 * - version 2 (the default): the `M - 1` swaps of `randomOrder` as `uniformBelow(rng, i + 1)` (M = number
 *   of fractional `pi_i`; about one 32-bit word each), then one `lazyCoin(rng, p)` per confrontation of
 *   two fractional units in `pivotalOrdered` (one word, rarely two);
 * - version 1: the swaps as `floor(rng.next() * (i + 1))`, then the coins `rng.next() < p`.
 *
 * @param version - the version of the draw (`DESIGN_VERSIONS`); the same design in every version.
 *
 * @throws {@link FairdrawError} when `pi` is not a valid vector (see `checkInclusion`).
 * @returns the selected indices, sorted.
 */
export function pivotal(
  pi: ArrayLike<number>,
  rng: Rng,
  version: DesignVersion = latestVersion('pivotal'),
): number[] {
  checkInclusion(pi);
  return runDesign('pivotal', pi, rng, version);
}
