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

/**
 * Durstenfeld's in-place Fisher–Yates on `0 .. n-1` (Knuth, TAOCP vol. 2, Algorithm 3.4.2P): for
 * `i = n-1` down to `1`, swap position `i` with `j = below(i + 1)`, an integer in `[0, i]`. Uniform
 * when `below(m)` is uniform on `[0, m)`; `shuffle` and `exactShuffle` pass their integer sources.
 */
export function fisherYates(n: number, below: (m: number) => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = below(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
