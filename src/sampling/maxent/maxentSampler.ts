import { coinOf, type Rng } from '../../random/Rng.js';
import { fitMaxent } from './fitMaxent.js';
import { rejectivePoisson } from './rejectivePoisson.js';

/**
 * Fits the maximum-entropy design (conditional Poisson sampling) to `pi` once and returns a function
 * that draws from it: `maxentSampler(pi)(rng)` is exactly `maxentSample(pi, rng)` (same result, same
 * random numbers consumed), for drawing many samples from the same `pi` without refitting.
 * See {@link maxentSample} for the method (Chen, Dempster & Liu, Biometrika 1994; Tillé, *Sampling
 * Algorithms*, Springer 2006, ch. 5).
 *
 * @param pi - inclusion probabilities, already validated: entries in [0, 1] with an integer sum.
 * @returns a draw function: sorted indices, exactly `round(sum(pi))` of them.
 */
export function maxentSampler(pi: ArrayLike<number>): (rng: Rng) => number[] {
  const fit = fitMaxent(pi);
  const { forced, units, p, size } = fit;
  return (rng: Rng): number[] => {
    const chosen = rejectivePoisson(p, size, coinOf(rng));
    const out: number[] = [];
    let a = 0;
    let b = 0;
    while (a < forced.length || b < chosen.length) {
      const x = a < forced.length ? forced[a]! : Number.POSITIVE_INFINITY;
      const y = b < chosen.length ? units[chosen[b]!]! : Number.POSITIVE_INFINITY;
      if (x < y) {
        out.push(x);
        a++;
      } else {
        out.push(y);
        b++;
      }
    }
    return out;
  };
}
