import type { Rng } from '../../random/Rng.js';
import { maxentSampler } from './maxentSampler.js';

/**
 * Draws a sample from the maximum-entropy design (conditional Poisson sampling, CPS) with the given
 * inclusion probabilities: among all fixed-size designs with inclusion probabilities `pi`, the one
 * whose samples are hardest to predict (Hájek 1964; Chen, Dempster & Liu, Biometrika 1994; Tillé,
 * *Sampling Algorithms*, Springer 2006, ch. 5).
 *
 * Units with `pi = 1` are always drawn and units with `pi = 0` never. The rest are drawn by
 * conditional Poisson sampling with the working probabilities of
 * {@link fitMaxent} (fitted so that the design's inclusion probabilities equal `pi`
 * to 1e-12), by rejection: Poisson samples — one `rng.next()` per unit, in index order, the unit in
 * when the value is below its working probability — are drawn until one has the right size. The
 * draw is exact; `docs/spec/maxent.md` specifies it down to the order of the random numbers.
 *
 * Cost: the fit is `O(N sd)` per evaluation, `sd` the standard deviation of the Poisson size
 * (a few evaluations; one at N = 1e5), and the draw takes about `N sqrt(2 pi d)` random numbers,
 * `d = sum(pi (1 - pi))`. To draw many samples from the same `pi`, use {@link maxentSampler}.
 *
 * @param pi - inclusion probabilities, already validated: entries in [0, 1] with an integer sum.
 * @param rng - the source of randomness.
 * @returns the drawn indices, increasing; exactly `round(sum(pi))` of them.
 */
export function maxentSample(pi: ArrayLike<number>, rng: Rng): number[] {
  return maxentSampler(pi)(rng);
}
