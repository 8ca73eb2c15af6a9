import { backwardSeries, conditionalPoissonOdds, forwardSeries } from './conditionalPoissonOdds.js';
import { fitMaxent } from './fitMaxent.js';

/**
 * Below this value of `1 - u` (`u = w_k / w_l <= 1`, the odds ratio of the pair), or of
 * `1 - pi_l u / pi_k` (cancellation in the numerator), a pair is computed directly.
 */
const DIRECT = 0.05;

/**
 * The exact joint inclusion probabilities `pi_kl` of the maximum-entropy design (conditional
 * Poisson sampling, CPS) fitted to `pi` (see {@link maxentWorkingProbabilities}); the diagonal holds
 * `pi`. A unit with `pi = 1` is in every sample (`pi_kl = pi_l`), one with `pi = 0` in none.
 *
 * For the conditional Poisson part, with odds `w = p / (1 - p)` and the design's own inclusion
 * probabilities `pi~` (equal to `pi` to 1e-12), the closed form of Aires (Methodology and Computing in Applied Probability, 1999; Tillé, *Sampling
 * Algorithms*, Springer 2006, sect. 5.6) is
 * `pi_kl = (pi~_k w_l - pi~_l w_k) / (w_l - w_k)`, used as `(pi~_k - pi~_l u) / (1 - u)` with
 * `u = w_k / w_l < 1`. It loses precision when `w_k` and `w_l` are (nearly) tied or when the
 * numerator cancels; those pairs (`1 - u < 0.05` or `pi~_l u > 0.95 pi~_k`) are computed directly as
 * `pi_kl = p_k p_l P(S_-kl = n - 2) / P(S = n)` by deconvolving the Poisson-binomial size
 * distribution by `p_k` and then `p_l`, each in its stable direction (Chen, Dempster & Liu,
 * Biometrika 1994). Every entry is then accurate to about 1e-13 relative.
 *
 * Cost: `O(N^2)` time and memory, plus `O(sd)` per directly computed pair.
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
  for (let i = 0; i < total; i++) out[i]![i] = pi[i]!;
  for (const a of forced) {
    for (let j = 0; j < total; j++) {
      out[a]![j] = pi[j]!;
      out[j]![a] = pi[j]!;
    }
  }
  if (m === 0) return out;

  const f = new Float64Array(m + 1);
  const range = new Int32Array(2);
  const num = new Float64Array(m);
  const den = new Float64Array(m);
  conditionalPoissonOdds(p, q, size, f, range, num, den);
  const lo = range[0]!;
  const hi = range[1]!;
  const mode = f[size]!;
  const incl = new Float64Array(m);
  for (let k = 0; k < m; k++) incl[k] = num[k]! / (num[k]! + den[k]!);

  const g = new Float64Array(m + 2);
  for (let k = 0; k < m; k++) {
    const rowK = out[units[k]!]!;
    let gReady = false;
    for (let l = k + 1; l < m; l++) {
      // order the pair so that lambda[a] <= lambda[b]
      const a = lambda[k]! <= lambda[l]! ? k : l;
      const b = a === k ? l : k;
      const u = Math.exp(lambda[a]! - lambda[b]!);
      const pa = incl[a]!;
      const pb = incl[b]!;
      let value: number;
      if (1 - u >= DIRECT && pb * u <= (1 - DIRECT) * pa) {
        value = (pa - pb * u) / (1 - u);
      } else {
        if (!gReady) {
          removeUnit(f, lo, hi, p[k]!, q[k]!, g);
          gReady = true;
        }
        // P(S_-kl = size - 2) from g = P(S_-k = .), in the stable direction for unit l.
        const pl = p[l]!;
        const ql = q[l]!;
        const z =
          pl <= ql
            ? size >= 2
              ? forwardSeries(g, size - 2, lo, pl / ql) / ql
              : 0
            : backwardSeries(g, size - 1, hi, ql / pl) / pl;
        value = (p[k]! * pl * z) / mode;
      }
      rowK[units[l]!] = value;
      out[units[l]!]![units[k]!] = value;
    }
  }
  return out;
}

/**
 * Writes into `g` the distribution of the size without one unit (probabilities `pk`, `qk`), from the
 * full distribution `f` on `[lo, hi]`, by the recursion that is stable for that unit: forward
 * `g_j = (f_j - pk g_(j-1)) / qk` when `pk <= qk`, backward `g_(j-1) = (f_j - qk g_j) / pk` otherwise
 * (starting from `g = 0` at the window's edge, where the true value is below 1e-20).
 */
function removeUnit(f: Float64Array, lo: number, hi: number, pk: number, qk: number, g: Float64Array): void {
  g.fill(0);
  if (pk <= qk) {
    let prev = 0;
    for (let j = lo; j <= hi; j++) {
      prev = (f[j]! - pk * prev) / qk;
      g[j] = prev;
    }
  } else {
    let next = 0;
    for (let j = hi; j > lo; j--) {
      next = (f[j]! - qk * next) / pk;
      g[j - 1] = next;
    }
  }
}
