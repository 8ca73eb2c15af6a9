import type { Coin } from '../../random/Rng.js';

/**
 * Conditional Poisson sampling by rejection (Hájek 1964; Chen, Dempster & Liu, Biometrika 1994;
 * Tillé, *Sampling Algorithms*, Springer 2006, sect. 5.6.4): draw a Poisson sample — unit `k` is in
 * when `coin(p[k])` comes up true, tossed for `k = 0, 1, ..., m - 1` in that order — and start again
 * until it has exactly `size` units. Given its size, a Poisson sample `s` has probability
 * proportional to `prod_(k in s) p_k / (1 - p_k)`, which is the conditional Poisson design, so the
 * draw is exact. Each attempt tosses all `m` coins (no early exit); with `sum(p) = size` the size is
 * accepted with probability `P(S = size)`, about `1 / sqrt(2 pi d)` for `d = sum(p (1 - p))` large,
 * so the expected number of tosses is about `m sqrt(2 pi d)`.
 *
 * @param p - working probabilities (best normalised so that they sum to `size`).
 * @param size - the sample size.
 * @param coin - the source of randomness.
 * @returns the positions `k` (into `p`) of the accepted sample, increasing.
 * @internal
 */
export function rejectivePoisson(p: Float64Array, size: number, coin: Coin): Int32Array {
  const m = p.length;
  const chosen = new Int32Array(size);
  if (size === 0) return chosen;
  if (size >= m) {
    for (let k = 0; k < size; k++) chosen[k] = k;
    return chosen;
  }
  for (;;) {
    let count = 0;
    for (let k = 0; k < m; k++) {
      if (coin(p[k]!)) {
        if (count < size) chosen[count] = k;
        count++;
      }
    }
    if (count === size) return chosen;
  }
}
