/**
 * Shifts the logits `lambda` of conditional Poisson working probabilities by a common constant so
 * that the working probabilities `p = 1 / (1 + exp(-lambda))` sum to `size`, and writes `p` and
 * `q = 1 - p` (each computed directly from `lambda`, so that both keep full relative precision).
 *
 * The conditional Poisson design depends on `lambda` only up to a common shift (Tillé, *Sampling
 * Algorithms*, Springer 2006, sect. 5.6), so this changes nothing in the design; it puts the mode of
 * the Poisson-binomial size distribution at `size`, which keeps its probability mass function well
 * scaled and makes rejective sampling efficient. The shift is found by safeguarded Newton iteration
 * on `sum(p) - size` (increasing in the shift), with Neumaier-compensated sums.
 *
 * @param lambda - logits, shifted in place.
 * @param size - the target sum, an integer with `0 < size < lambda.length`.
 * @param p - output: working probabilities.
 * @param q - output: their complements.
 * @internal
 */
export function normaliseLogits(lambda: Float64Array, size: number, p: Float64Array, q: Float64Array): void {
  const m = lambda.length;
  let c = 0;
  let below = Number.NEGATIVE_INFINITY;
  let above = Number.POSITIVE_INFINITY;
  let step = 1;
  for (let iteration = 0; iteration < 400; iteration++) {
    let sum = 0;
    let compensation = 0;
    let slope = 0;
    for (let k = 0; k < m; k++) {
      const x = lambda[k]! + c;
      let pk: number;
      let qk: number;
      if (x >= 0) {
        const e = Math.exp(-x);
        pk = 1 / (1 + e);
        qk = e * pk;
      } else {
        const e = Math.exp(x);
        qk = 1 / (1 + e);
        pk = e * qk;
      }
      p[k] = pk;
      q[k] = qk;
      slope += pk * qk;
      const t = sum + pk;
      compensation += Math.abs(sum) >= pk ? sum - t + pk : pk - t + sum;
      sum = t;
    }
    const excess = sum + compensation - size;
    if (Math.abs(excess) <= 1e-14 * size) break;
    if (excess > 0) above = c;
    else below = c;
    let next = c - excess / slope;
    if (!(next > below && next < above)) {
      if (Number.isFinite(below) && Number.isFinite(above)) next = below + (above - below) / 2;
      else {
        next = excess > 0 ? c - step : c + step;
        step *= 2;
      }
    }
    if (next === c) break;
    c = next;
  }
  if (c !== 0) for (let k = 0; k < m; k++) lambda[k] = lambda[k]! + c;
}
