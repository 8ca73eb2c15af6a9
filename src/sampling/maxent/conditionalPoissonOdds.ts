import { poissonBinomialWindow } from './poissonBinomialWindow.js';

/** Relative size of the last series term kept in a deconvolution (2^-60). */
const SERIES_EPSILON = 2 ** -60;

/** Largest absolute mass lost by the Poisson-binomial window, all drops together. */
const LOST_MASS = 1e-20;

/**
 * Exact inclusion odds of the conditional Poisson design (CPS) with working probabilities `p`
 * (complements `q`) and size `size`, where `sum(p) = size` (see `normaliseLogits`).
 *
 * For every unit k it writes `num[k] = p_k P(S_-k = size - 1)` and `den[k] = q_k P(S_-k = size)`,
 * where `S_-k` is the Poisson-binomial size of the other units, so that the CPS inclusion
 * probability is `pi_k = num[k] / (num[k] + den[k])` and `1 - pi_k = den[k] / (num[k] + den[k])`,
 * both with full relative precision, and `logit(pi_k) = log(num[k] / den[k])`
 * (Tillé, *Sampling Algorithms*, Springer 2006, sect. 5.6; Chen, Dempster & Liu, Biometrika 1994).
 *
 * Method: one pass of the positive Poisson-binomial recursion gives `f = P(S = j)` on a window
 * around `size` (the mode, since the mean is the integer `size`); then each unit is removed from
 * `f` by deconvolution in its stable direction, written as an alternating series whose terms decrease:
 * - `p_k <= q_k`, forward (ratio `r = p/q <= 1`):
 *   `q_k P(S_-k = j) = sum_i (-r)^i f_(j-i)`;
 * - `p_k > q_k`, backward (ratio `s = q/p < 1`):
 *   `p_k P(S_-k = j) = sum_i (-s)^i f_(j+1+i)`.
 * Errors are damped by the ratio at each term, so nothing is amplified; the series stops when a
 * term falls below 2^-60 of the partial sum. Cost `O(m w)` for the recursion (`w` the window width,
 * about 21 standard deviations of the size) plus a few terms per unit for small `p_k`.
 *
 * @param p - working probabilities, summing to `size`.
 * @param q - their complements.
 * @param size - the sample size, `0 < size < m`.
 * @param f - length `m + 1`, all zero on entry; on return the Poisson-binomial probabilities
 *   `P(S = j)` on the window `[range[0], range[1]]` (zero elsewhere). Zero it again before reuse.
 * @param range - output: the window.
 * @param num - output (see above).
 * @param den - output (see above).
 * @internal
 */
export function conditionalPoissonOdds(
  p: Float64Array,
  q: Float64Array,
  size: number,
  f: Float64Array,
  range: Int32Array,
  num: Float64Array,
  den: Float64Array,
): void {
  const m = p.length;
  poissonBinomialWindow(p, q, f, LOST_MASS / (3 * m + 1), range);
  const lo = range[0]!;
  const hi = range[1]!;
  for (let k = 0; k < m; k++) {
    const pk = p[k]!;
    const qk = q[k]!;
    if (pk <= qk) {
      const r = pk / qk;
      num[k] = r * forwardSeries(f, size - 1, lo, r);
      den[k] = forwardSeries(f, size, lo, r);
    } else {
      const s = qk / pk;
      num[k] = backwardSeries(f, size, hi, s);
      den[k] = s * backwardSeries(f, size + 1, hi, s);
    }
  }
}

/**
 * `sum_(i >= 0) (-r)^i f[j - i]` over the window `j - i >= lo`, `0 <= r <= 1`, stopped when a term
 * falls below 2^-60 of the partial sum (the terms decrease below the mode, so the tail is smaller).
 * @internal
 */
export function forwardSeries(f: Float64Array, j: number, lo: number, r: number): number {
  let sum = 0;
  let t = 1;
  for (; j >= lo; j--) {
    const term = t * f[j]!;
    sum += term;
    if (Math.abs(term) <= SERIES_EPSILON * Math.abs(sum)) break;
    t *= -r;
  }
  return sum;
}

/**
 * `sum_(i >= 0) (-s)^i f[j + i]` over the window `j + i <= hi`, `0 <= s < 1`, stopped like
 * {@link forwardSeries}.
 * @internal
 */
export function backwardSeries(f: Float64Array, j: number, hi: number, s: number): number {
  let sum = 0;
  let t = 1;
  for (; j <= hi; j++) {
    const term = t * f[j]!;
    sum += term;
    if (Math.abs(term) <= SERIES_EPSILON * Math.abs(sum)) break;
    t *= -s;
  }
  return sum;
}
