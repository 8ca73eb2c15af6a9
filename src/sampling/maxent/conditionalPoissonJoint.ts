import { backwardSeries, forwardSeries } from './conditionalPoissonOdds.js';

/**
 * Below this value of `1 - u` (`u = w_k / w_l <= 1`, the odds ratio of the pair), or of
 * `1 - pi_l u / pi_k` (cancellation in the numerator), a pair is computed directly.
 */
const DIRECT = 0.05;

/**
 * Joint inclusion probabilities of the conditional Poisson design (CPS) with working probabilities
 * `p` (complements `q`, logits `lambda`) and size `size`, given the Poisson-binomial probabilities
 * `f` on `[lo, hi]` and the design's inclusion probabilities `incl` (from `conditionalPoissonOdds`).
 *
 * With odds `w = p / q`, the closed form of Aires (Methodology and Computing in Applied Probability,
 * 1999; Tillé, *Sampling Algorithms*, Springer 2006, sect. 5.6) is
 * `pi_kl = (pi_k w_l - pi_l w_k) / (w_l - w_k)`, evaluated as `(pi_k - pi_l u) / (1 - u)` with
 * `u = w_k / w_l < 1` (ordering the pair by logit). It loses precision when `w_k` and `w_l` are
 * (nearly) tied or when the numerator cancels; those pairs (`1 - u < 0.05` or
 * `pi_l u > 0.95 pi_k`) are computed directly as `pi_kl = p_k p_l P(S_-kl = size - 2) / P(S = size)`
 * by removing unit k from `f` by the recursion that is stable for it and then unit l by the
 * alternating series that is stable for it (Chen, Dempster & Liu, Biometrika 1994). Every entry is
 * accurate to about 1e-13 relative to `pi_k`, `pi_l`.
 *
 * @param out - output, row-major `m x m`, symmetric, diagonal `incl`.
 * @param scratch - length `m + 2`.
 * @internal
 */
export function conditionalPoissonJoint(
  p: Float64Array,
  q: Float64Array,
  lambda: Float64Array,
  size: number,
  f: Float64Array,
  lo: number,
  hi: number,
  incl: Float64Array,
  out: Float64Array,
  scratch: Float64Array,
): void {
  const m = p.length;
  const mode = f[size]!;
  const g = scratch;
  for (let k = 0; k < m; k++) {
    out[k * m + k] = incl[k]!;
    let gReady = false;
    for (let l = k + 1; l < m; l++) {
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
        const pl = p[l]!;
        const ql = q[l]!;
        let z: number;
        if (pl <= ql) z = size >= 2 ? forwardSeries(g, size - 2, lo, pl / ql) / ql : 0;
        else z = backwardSeries(g, size - 1, hi, ql / pl) / pl;
        value = (p[k]! * pl * z) / mode;
      }
      out[k * m + l] = value;
      out[l * m + k] = value;
    }
  }
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
