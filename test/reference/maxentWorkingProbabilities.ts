import { fitMaxent } from '../../src/sampling/maxent/fitMaxent.js';

/**
 * The working probabilities of the maximum-entropy design (conditional Poisson sampling, CPS) with
 * inclusion probabilities `pi`: the `p` such that the Poisson sample with inclusion probabilities
 * `p`, conditioned on having `n = round(sum(pi))` units, includes every unit `k` with probability
 * `pi_k` (checked to 1e-12, max abs error; see {@link maxentInclusion}). They are normalised so that
 * `sum(p) = n`, the convention of Chen, Dempster & Liu (Biometrika 1994) and Tillé (*Sampling
 * Algorithms*, Springer 2006, sect. 5.6) in which published values are stated; for weights 1..10
 * and n = 3 they are 0.06287, 0.121907, ..., 0.519504. Entries with `pi = 0` or `pi = 1` map to 0
 * or 1.
 *
 * The fit iterates on the logits from the Hájek approximation, evaluating the design's inclusion
 * probabilities exactly each time (see `docs/spec/maxent.md`).
 *
 * @param pi - inclusion probabilities, already validated: entries in [0, 1] with an integer sum.
 * @returns the working probabilities, one per unit.
 * @throws {@link FairdrawError} `infeasible` at path `pi` if the fit does not converge to 1e-10
 *   (not observed on any input).
 */
export function maxentWorkingProbabilities(pi: ArrayLike<number>): Float64Array {
  const fit = fitMaxent(pi);
  const out = new Float64Array(pi.length);
  for (const i of fit.forced) out[i] = 1;
  for (let k = 0; k < fit.units.length; k++) out[fit.units[k]!] = fit.p[k]!;
  return out;
}
