import { sampleSize } from './checkInclusion.js';

/**
 * Exact joint inclusion probabilities of ordered pivotal sampling for a fixed `order` (see
 * `pivotalOrdered`), by propagating the whole tree of splits with its probabilities, merged by state.
 *
 * After each confrontation the future depends only on which unit is the pivot (its residual is the
 * fractional part of the cumulated probabilities, the same on every branch). So for each unit `k`
 * a forward pass over the order carries the probability of every pair (pivot, status of `k`:
 * undecided, in, out); whenever a unit `l` is put in while `k` is already in, that branch's
 * probability is added to `P(k in, then l in)`, and `pi_kl` is the sum over both orders. The residuals and coin probabilities use the same arithmetic as the draw.
 * `O(M^3)` for `M` fractional units.
 *
 * No validation. Returns an `N x N` matrix with `pi` on the diagonal.
 */
export function pivotalJoint(pi: ArrayLike<number>, order: ArrayLike<number>): Float64Array[] {
  const N = pi.length;
  const out: Float64Array[] = [];
  for (let i = 0; i < N; i++) out.push(new Float64Array(N));
  const units: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    const p = pi[j]!;
    if (p > 0 && p < 1) units.push(j);
  }
  for (let i = 0; i < N; i++) {
    out[i]![i] = pi[i]!;
    if (pi[i]! >= 1) {
      for (let l = 0; l < N; l++) {
        out[i]![l] = pi[l]!;
        out[l]![i] = pi[l]!;
      }
    }
  }
  const M = units.length;
  if (M === 0) return out;
  // residual[t]: the pivot's value after unit t (t = 0..M-1), as the draw computes it; -1 = no pivot.
  const residual = new Float64Array(M);
  const splitP = new Float64Array(M); // coin probability at step t (t >= 1 with a pivot)
  const wide = new Uint8Array(M); // 1 when s >= 1 at step t
  const hasPivot = new Uint8Array(M); // pivot exists before step t
  let a = -1;
  for (let t = 0; t < M; t++) {
    const b = pi[units[t]!]!;
    if (a < 0) {
      a = b;
    } else {
      hasPivot[t] = 1;
      const s = a + b;
      if (s < 1) {
        splitP[t] = a / s;
        a = s;
      } else {
        wide[t] = 1;
        splitP[t] = (1 - b) / (2 - s);
        a = s - 1;
        if (!(a > 0)) a = -1;
      }
    }
    residual[t] = a;
  }
  const n = sampleSize(pi);
  let ones = 0;
  for (let i = 0; i < N; i++) if (pi[i]! >= 1) ones++;
  // Whether the pivot left at the end is put in: the draw adds it when fewer than n units are in,
  // and the count is n - round(residual) on every branch.
  const lastIn = residual[M - 1]! >= 0 && Math.round(residual[M - 1]!) === 1 && n - ones > 0;
  const UNDECIDED = 0;
  const IN = 1;
  const OUT = 2;
  // mass[st][j + 1]: probability that the pivot is units[j] (j = -1: none) and k has status st.
  let mass = [new Float64Array(M + 1), new Float64Array(M + 1), new Float64Array(M + 1)];
  let next = [new Float64Array(M + 1), new Float64Array(M + 1), new Float64Array(M + 1)];
  // later[x][y]: probability that units[x] is in and units[y] is put in after it; pi_kl is the sum
  // of both orders.
  const later: Float64Array[] = [];
  for (let x = 0; x < M; x++) later.push(new Float64Array(M));
  for (let kk = 0; kk < M; kk++) {
    const row = later[kk]!;
    for (const m of mass) m.fill(0);
    mass[UNDECIDED]![0] = 1;
    for (let t = 0; t < M; t++) {
      for (const m of next) m.fill(0);
      const bIsK = t === kk;
      for (let st = 0; st < 3; st++) {
        const cur = mass[st]!;
        for (let j1 = 0; j1 <= t; j1++) {
          const w = cur[j1]!;
          if (w === 0) continue;
          if (!hasPivot[t]) {
            next[st]![t + 1]! += w;
            continue;
          }
          const j = j1 - 1; // pivot index into units
          const jIsK = j === kk;
          const q = splitP[t]!;
          const pivotAfter = residual[t]! < 0 ? 0 : -1; // 0: none
          if (!wide[t]) {
            // pivot takes s, b out
            const st1 = bIsK ? OUT : st;
            next[st1]![j1]! += w * q;
            // pivot out, b becomes pivot
            const st2 = jIsK ? OUT : st;
            next[st2]![t + 1]! += w * (1 - q);
          } else {
            // pivot in, b continues (or is out when the residual is 0)
            let st1 = jIsK ? IN : st;
            if (st1 === IN && !jIsK) row[j]! += w * q;
            if (pivotAfter === 0 && bIsK) st1 = OUT;
            next[st1]![pivotAfter === 0 ? 0 : t + 1]! += w * q;
            // b in, pivot continues (or is out)
            let st2 = bIsK ? IN : st;
            if (st2 === IN && !bIsK) row[t]! += w * (1 - q);
            if (pivotAfter === 0 && jIsK) st2 = OUT;
            next[st2]![pivotAfter === 0 ? 0 : j1]! += w * (1 - q);
          }
        }
      }
      const swap = mass;
      mass = next;
      next = swap;
    }
    if (lastIn) {
      const sel = mass[IN]!;
      for (let j1 = 1; j1 <= M; j1++) {
        const w = sel[j1]!;
        if (w !== 0 && j1 - 1 !== kk) row[j1 - 1]! += w;
      }
    }
  }
  for (let x = 0; x < M; x++) {
    for (let y = x + 1; y < M; y++) {
      const v = later[x]![y]! + later[y]![x]!;
      out[units[x]!]![units[y]!] = v;
      out[units[y]!]![units[x]!] = v;
    }
  }
  return out;
}
