import { fisherYates } from './fisherYates.js';
import type { Rng } from './Rng.js';
import { uniformInt } from './uniformInt.js';

/**
 * A uniformly random permutation of `0 .. n-1` (Fisher–Yates, Durstenfeld's in-place form, Knuth
 * TAOCP vol. 2, Algorithm 3.4.2P): for `i = n-1` down to `1`, swap position `i` with
 * `j = uniformInt(rng, i + 1)`.
 */
export function shuffle(rng: Rng, n: number): Int32Array {
  return fisherYates(n, (m) => uniformInt(rng, m));
}
