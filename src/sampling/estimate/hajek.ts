/**
 * Hájek's estimator of a mean, `sum(y / pi) / sum(1 / pi)` over the units of a sample (Hájek 1971,
 * "Comment on a paper by D. Basu", in *Foundations of Statistical Inference*, Holt, Rinehart and
 * Winston, p. 236; Tillé, *Sampling and Estimation from Finite Populations*, Wiley 2020, sect. 5.7).
 * It is the Horvitz–Thompson estimate of the total divided by the Horvitz–Thompson estimate of the
 * population size, so a sample that happens to hold many units of small `pi` does not inflate it. It
 * equals R's `sampling::Hajekestimator(y, pik, type = "mean")`.
 *
 * @param y - the values of the sampled units.
 * @param pi - their inclusion probabilities, each in (0, 1].
 * @returns the estimate; `NaN` for an empty sample.
 */
export function hajek(y: ArrayLike<number>, pi: ArrayLike<number>): number {
  let total = 0;
  let size = 0;
  for (let k = 0; k < y.length; k++) {
    total += y[k]! / pi[k]!;
    size += 1 / pi[k]!;
  }
  return total / size;
}
