/**
 * Exact joint inclusion probabilities of ordered systematic sampling for a fixed `order` (see
 * `systematicOrdered`): with the start `u` uniform on [0, 1), a fractional unit is in exactly when
 * `u` lies on its arc `[f, f + pi_k)` modulo 1, so `pi_kl` is the length of the intersection of the
 * arcs of `k` and `l` (Tillé, *Sampling Algorithms*, Springer 2006, sect. 7.2.2; the breakpoints of `u`
 * are the arcs' ends). The arcs are computed with the same arithmetic as the draw. O(N^2).
 *
 * No validation. Returns an `N x N` symmetric matrix with `pi` on the diagonal.
 */
export function systematicJoint(pi: ArrayLike<number>, order: ArrayLike<number>): Float64Array[] {
  const N = pi.length;
  // arcs as up to two intervals [a0, b0) and [a1, b1) in [0, 1)
  const a0 = new Float64Array(N);
  const b0 = new Float64Array(N);
  const a1 = new Float64Array(N);
  const b1 = new Float64Array(N);
  const fractional: number[] = [];
  let f = 0;
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    const p = pi[j]!;
    if (!(p > 0 && p < 1)) continue;
    fractional.push(j);
    const end = f + p;
    if (end < 1) {
      a0[j] = f;
      b0[j] = end;
      f = end;
    } else {
      let e = end - 1;
      if (e > f) e = f;
      a0[j] = f;
      b0[j] = 1;
      a1[j] = 0;
      b1[j] = e;
      f = e;
    }
  }
  const out: Float64Array[] = [];
  for (let i = 0; i < N; i++) out.push(new Float64Array(N));
  for (let i = 0; i < N; i++) {
    const p = pi[i]!;
    out[i]![i] = p;
    if (p >= 1) {
      for (let l = 0; l < N; l++) {
        out[i]![l] = pi[l]!;
        out[l]![i] = pi[l]!;
      }
    }
  }
  const overlap = (lo1: number, hi1: number, lo2: number, hi2: number) => {
    return Math.max(0, Math.min(hi1, hi2) - Math.max(lo1, lo2));
  };
  for (let x = 0; x < fractional.length; x++) {
    const k = fractional[x]!;
    for (let y = x + 1; y < fractional.length; y++) {
      const l = fractional[y]!;
      const v =
        overlap(a0[k]!, b0[k]!, a0[l]!, b0[l]!) +
        overlap(a0[k]!, b0[k]!, a1[l]!, b1[l]!) +
        overlap(a1[k]!, b1[k]!, a0[l]!, b0[l]!) +
        overlap(a1[k]!, b1[k]!, a1[l]!, b1[l]!);
      out[k]![l] = v;
      out[l]![k] = v;
    }
  }
  return out;
}
