import { conditionalPoissonJoint } from './conditionalPoissonJoint.js';
import { conditionalPoissonOdds } from './conditionalPoissonOdds.js';
import { fitMaxent } from './fitMaxent.js';

/**
 * The exact joint inclusion probabilities `pi_kl` of the maximum-entropy design (conditional
 * Poisson sampling, CPS) fitted to `pi` (see {@link fitMaxent}); the diagonal holds
 * `pi`. A unit with `pi = 1` is in every sample (`pi_kl = pi_l`), one with `pi = 0` in none.
 *
 * For the conditional Poisson part, with odds `w = p / (1 - p)` and the fitted design's own
 * inclusion probabilities `pi~` (equal to `pi` to 1e-12), the closed form of Aires (Methodology and
 * Computing in Applied Probability, 1999; Tillé, *Sampling Algorithms*, Springer 2006, sect. 5.6),
 * `pi_kl = (pi~_k w_l - pi~_l w_k) / (w_l - w_k)`, is used for well separated pairs; tied or nearly
 * tied odds, and pairs where the formula would cancel, are computed directly as
 * `p_k p_l P(S_-kl = n - 2) / P(S = n)` from the Poisson-binomial size distribution (Chen, Dempster
 * & Liu, Biometrika 1994), each unit removed in its numerically stable direction. Checked against
 * enumeration of all samples to 1e-9 (observed 1e-12); rows satisfy
 * `sum_(l != k) pi_kl = (n - 1) pi_k`.
 *
 * Cost: `O(N^2)` time and memory, plus `O(sd)` per directly computed pair (`sd` the standard
 * deviation of the Poisson sample size).
 *
 * @param pi - inclusion probabilities, already validated: entries in [0, 1] with an integer sum.
 * @returns an `N x N` symmetric matrix, rows as `Float64Array`s.
 */
export function maxentJoint(pi: ArrayLike<number>): Float64Array[] {
  const total = pi.length;
  const out: Float64Array[] = [];
  for (let i = 0; i < total; i++) out.push(new Float64Array(total));
  const fit = fitMaxent(pi);
  const { forced, units, size, p, q, lambda } = fit;
  const m = units.length;
  for (const a of forced) {
    for (let j = 0; j < total; j++) {
      out[a]![j] = pi[j]!;
      out[j]![a] = pi[j]!;
    }
  }
  if (m > 0) {
    const f = new Float64Array(m + 1);
    const range = new Int32Array(2);
    const num = new Float64Array(m);
    const den = new Float64Array(m);
    conditionalPoissonOdds(p, q, size, f, range, num, den);
    const incl = new Float64Array(m);
    for (let k = 0; k < m; k++) incl[k] = num[k]! / (num[k]! + den[k]!);
    const block = new Float64Array(m * m);
    conditionalPoissonJoint(
      p,
      q,
      lambda,
      size,
      f,
      range[0]!,
      range[1]!,
      incl,
      block,
      new Float64Array(m + 2),
    );
    for (let k = 0; k < m; k++) {
      const row = out[units[k]!]!;
      for (let l = 0; l < m; l++) if (l !== k) row[units[l]!] = block[k * m + l]!;
    }
  }
  for (let i = 0; i < total; i++) out[i]![i] = pi[i]!;
  return out;
}
