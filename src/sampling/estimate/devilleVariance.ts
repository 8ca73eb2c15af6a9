/**
 * Deville's approximation of the variance of the Horvitz–Thompson estimator of a total under a
 * high-entropy design of fixed size (maximum entropy, i.e. conditional Poisson, and designs close to
 * it), estimated from the sample:
 *
 * ```
 * a_k = (1 - pi_k) / sum_l (1 - pi_l)
 * A   = sum_k a_k y_k / pi_k
 * v   = sum_k (1 - pi_k) (y_k / pi_k - A)^2 / (1 - sum_k a_k^2)
 * ```
 *
 * (Deville 1993, *Estimation de la variance pour les enquêtes en deux phases*, note, INSEE; Deville &
 * Tillé 2005, "Variance approximation under balanced sampling", *J. Stat. Plann. Inference* 128;
 * Tillé, *Sampling and Estimation from Finite Populations*, Wiley 2020, sect. 5.15). This is the
 * formula of R's `sampling::varest(Ys, pik = pik)` (package `sampling` 2.9), term for term, so that
 * the two agree to rounding. Units with `pi = 1` add nothing: they are in every sample.
 *
 * Edge cases R leaves as `NaN`: when every `pi_k` is 1 (a census) the variance is 0; when exactly
 * one unit has `pi_k < 1` nothing in the sample measures the variance and the result is `NaN`.
 *
 * @param y - the values of the sampled units (for a ratio or a mean: its linearised residuals).
 * @param pi - their inclusion probabilities, each in (0, 1].
 * @returns the estimated variance of `sum(y / pi)`.
 */
export function devilleVariance(y: ArrayLike<number>, pi: ArrayLike<number>): number {
  let slack = 0;
  for (let k = 0; k < pi.length; k++) slack += 1 - pi[k]!;
  if (slack === 0) return 0;
  let centre = 0;
  let squares = 0;
  for (let k = 0; k < pi.length; k++) {
    const a = (1 - pi[k]!) / slack;
    centre += (a * y[k]!) / pi[k]!;
    squares += a * a;
  }
  let sum = 0;
  for (let k = 0; k < pi.length; k++) {
    const d = y[k]! / pi[k]! - centre;
    sum += (1 - pi[k]!) * d * d;
  }
  const fractional = 1 - squares;
  return fractional > 1e-12 ? sum / fractional : Number.NaN;
}
