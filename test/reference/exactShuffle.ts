import type { Rng } from '../../src/random/Rng.js';
import { fisherYates } from '../../src/random/shuffle.js';
import { uniformBelow } from '../../src/random/uniformBelow.js';

/**
 * An exactly uniform random permutation of `0 .. n-1`: Durstenfeld's Fisher–Yates as in `shuffle`
 * (for `i = n-1` down to `1`, swap position `i` with `j`), with `j = uniformBelow(rng, i + 1)`, an
 * unbiased integer from 32-bit words (Lemire 2019), instead of `floor(next() * (i + 1))`. Each of the
 * `n!` permutations then has probability exactly `1 / n!`; a call costs about one word per step
 * rather than two.
 */
export function exactShuffle(rng: Rng, n: number): Int32Array {
  return fisherYates(n, (m) => uniformBelow(rng, m));
}
