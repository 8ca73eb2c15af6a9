/**
 * The probability mass function of the Poisson-binomial distribution (the size of a Poisson sample
 * with inclusion probabilities `p`), by the positive recursion `f_j <- q_k f_j + p_k f_(j-1)` over
 * the units (Tillé, *Sampling Algorithms*, Springer 2006, sect. 5.6; Chen, Dempster & Liu,
 * Biometrika 1994). Every step is a convex combination, so the recursion is forward stable.
 *
 * Only the live window `[lo, hi]` of sizes is kept: a size at either edge whose probability falls
 * below `tiny` is dropped. Probability only flows upwards (to larger sizes), so a dropped state
 * takes at most its own mass with it; at most `3 m + 1` states are ever dropped, so the absolute
 * error of every returned value is at most `(3 m + 1) * tiny`.
 *
 * @param p - inclusion probabilities of the Poisson design.
 * @param q - their complements `1 - p` (passed separately to keep full relative precision).
 * @param f - output, length `m + 1`, all zero on entry; on return `f[j] = P(S = j)` on `[lo, hi]`
 *   and zero elsewhere.
 * @param tiny - drop threshold.
 * @param range - output: `range[0] = lo`, `range[1] = hi`.
 * @internal
 */
export function poissonBinomialWindow(
  p: Float64Array,
  q: Float64Array,
  f: Float64Array,
  tiny: number,
  range: Int32Array,
): void {
  const m = p.length;
  let lo = 0;
  let hi = 0;
  f[0] = 1;
  for (let k = 0; k < m; k++) {
    const pk = p[k]!;
    const qk = q[k]!;
    const top = pk * f[hi]!;
    for (let j = hi; j > lo; j--) f[j] = qk * f[j]! + pk * f[j - 1]!;
    f[lo] = qk * f[lo]!;
    if (top >= tiny) {
      hi++;
      f[hi] = top;
    }
    while (lo < hi && f[lo]! < tiny) {
      f[lo] = 0;
      lo++;
    }
    while (hi > lo && f[hi]! < tiny) {
      f[hi] = 0;
      hi--;
    }
  }
  range[0] = lo;
  range[1] = hi;
}
