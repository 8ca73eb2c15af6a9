import { FairdrawError } from '../../src/model/FairdrawError.js';
import { conditionalPoissonOdds } from '../../src/sampling/maxent/conditionalPoissonOdds.js';
import { normaliseLogits } from '../../src/sampling/maxent/normaliseLogits.js';

/**
 * The exact inclusion probabilities of the conditional Poisson design (CPS, maximum entropy) of
 * size `n` with working probabilities `p`: the law of a Poisson sample with inclusion probabilities
 * `p` given that its size is `n`, so that a sample `s` has probability proportional to
 * `prod_(k in s) p_k / (1 - p_k)` (Hájek 1964; Chen, Dempster & Liu, Biometrika 1994; Tillé,
 * *Sampling Algorithms*, Springer 2006, sect. 5.6).
 *
 * Units with `p = 1` are always in and units with `p = 0` never. For the rest, the logits of `p`
 * are first shifted so that the working probabilities sum to the remaining size (the design does not
 * change), then `pi_k = p_k P(S_-k = n - 1) / P(S = n)` is computed from one pass of the positive
 * Poisson-binomial recursion and a per-unit deconvolution in its numerically stable direction
 * (forward when `p_k <= 1/2`, backward otherwise), with both `pi_k` and `1 - pi_k` to full relative
 * precision. Stable at N = 1e5 and beyond; cost `O(N sd)` with `sd` the standard deviation of the
 * Poisson sample size. See `docs/spec/maxent.md`.
 *
 * @param p - working probabilities in [0, 1] (any scale: only the odds ratios matter).
 * @param n - the sample size, an integer.
 * @returns the inclusion probabilities, summing to `n`.
 * @throws {@link FairdrawError} `infeasible` at path `n` when `n` is smaller than the number of
 *   entries equal to 1 or larger than the number of positive entries.
 */
export function maxentInclusion(p: ArrayLike<number>, n: number): Float64Array {
  const total = p.length;
  const pi = new Float64Array(total);
  let ones = 0;
  let m = 0;
  for (let i = 0; i < total; i++) {
    const v = p[i]!;
    if (v >= 1) ones++;
    else if (v > 0) m++;
  }
  const size = n - ones;
  if (!Number.isInteger(n) || size < 0 || size > m) {
    throw new FairdrawError(
      'infeasible',
      'n',
      `must be an integer between the number of ones (${ones}) and of positive entries (${ones + m}), got ${n}`,
    );
  }
  const units = new Int32Array(m);
  for (let i = 0, b = 0; i < total; i++) {
    const v = p[i]!;
    if (v >= 1) pi[i] = 1;
    else if (v > 0) units[b++] = i;
  }
  if (size === 0 || size === m) {
    if (size === m) for (let k = 0; k < m; k++) pi[units[k]!] = 1;
    return pi;
  }
  const lambda = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const v = p[units[k]!]!;
    lambda[k] = Math.log(v) - Math.log1p(-v);
  }
  const pw = new Float64Array(m);
  const qw = new Float64Array(m);
  normaliseLogits(lambda, size, pw, qw);
  const num = new Float64Array(m);
  const den = new Float64Array(m);
  conditionalPoissonOdds(pw, qw, size, new Float64Array(m + 1), new Int32Array(2), num, den);
  for (let k = 0; k < m; k++) pi[units[k]!] = num[k]! / (num[k]! + den[k]!);
  return pi;
}
