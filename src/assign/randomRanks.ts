import type { Rng } from '../random/Rng.js';
import { shuffle } from '../random/shuffle.js';

/**
 * The inspectors' random order, as ranks: `rank[j]` is inspector `j`'s place in `shuffle(rng, n)`.
 * It breaks every tie of the assignment, so inspectors with identical attributes are interchangeable.
 */
export function randomRanks(rng: Rng, n: number): Int32Array {
  const perm = shuffle(rng, n);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[perm[r]!] = r;
  return rank;
}
