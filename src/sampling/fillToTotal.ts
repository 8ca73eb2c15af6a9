import { INTEGER_TOLERANCE } from './checkInclusion.js';

/**
 * Probabilities proportional to size with bounds for a REAL total: sets `out[i] = clamp(c * w_i, lo, hi)`
 * for every `i` of `members`, with the scale `c` chosen so that these sum to `total`. This is the
 * computation of `inclusionProbabilities` (the breakpoint sweep of Tillé, *Sampling Algorithms*,
 * Springer 2006, sect. 2.10) without the requirement that the total be an integer, which the
 * fix-and-rescale of {@link capHorizonTotals} needs: once some units are fixed below their
 * unconstrained value, the budget left to the others is fractional.
 *
 * @param weights - positive weights, indexed by unit (only `members` are read).
 * @param members - the units to fill, sorted heaviest first (ties by index); all with weight > 0.
 * @param total - the sum to reach, in `[m * lo, m * hi]` for `m = members.length` (tolerance 1e-9).
 * @param lo - the floor of every member's probability.
 * @param hi - the ceiling of every member's probability.
 * @param out - written at the members' indices only.
 * @returns `false` (and writes nothing) when `total` is out of reach: above `m * hi` or below `m * lo`.
 */
export function fillToTotal(
  weights: ArrayLike<number>,
  members: readonly number[],
  total: number,
  lo: number,
  hi: number,
  out: Float64Array,
): boolean {
  const m = members.length;
  const tol = INTEGER_TOLERANCE * Math.max(1, total);
  if (total > m * hi + tol || total < m * lo - tol) return false;
  if (m === 0) return true;
  if (total >= m * hi - tol) {
    for (const i of members) out[i] = hi;
    return true;
  }
  if (total <= m * lo + tol) {
    for (const i of members) out[i] = lo;
    return true;
  }
  // Scale by a power of two (exact) so that the largest weight lies in [1, 2): sums cannot overflow.
  const scale = 2 ** -Math.floor(Math.log2(weights[members[0]!]!));
  const w = new Float64Array(m);
  for (let k = 0; k < m; k++) w[k] = weights[members[k]!]! * scale;
  const suffix = new Float64Array(m + 1);
  for (let k = m - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + w[k]!;
  // Heaviest first both leave the floor (at lo / w) and reach the ceiling (at hi / w), so the units
  // strictly between the bounds are members[reach .. leave-1].
  let leave = 0;
  let reach = 0;
  while (reach < m) {
    const nextLeave = leave < m ? lo / w[leave]! : Number.POSITIVE_INFINITY;
    const nextReach = hi / w[reach]!;
    const c = Math.min(nextLeave, nextReach);
    const f = lo * (m - leave) + hi * reach + c * (suffix[reach]! - suffix[leave]!);
    if (f >= total) break;
    if (nextLeave <= nextReach) leave++;
    else reach++;
  }
  for (let k = 0; k < reach; k++) out[members[k]!] = hi;
  for (let k = leave; k < m; k++) out[members[k]!] = lo;
  if (leave > reach) {
    let wMid = 0;
    for (let k = leave - 1; k >= reach; k--) wMid += w[k]!;
    const rest = total - hi * reach - lo * (m - leave);
    for (let k = reach; k < leave; k++) out[members[k]!] = Math.min(hi, Math.max(lo, rest * (w[k]! / wMid)));
  }
  return true;
}
