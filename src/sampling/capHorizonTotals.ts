import { FairdrawError, type FairdrawProblem, problem, wordsOf } from '../model/FairdrawError.js';
import { checkInclusion, INTEGER_TOLERANCE } from './checkInclusion.js';
import { fillToTotal } from './fillToTotal.js';
import type { InclusionBounds } from './inclusionProbabilities.js';

/** The outcome of {@link capHorizonTotals}. */
export interface CappedHorizon {
  /** `probabilities[t][i]`: the capped inclusion probabilities; each row sums to the input row's total. */
  probabilities: Float64Array[];
  /** `capped[i]` is 1 when unit `i` was fixed at its upper bound (its horizon total is `upper[i]`). */
  capped: Uint8Array;
  /** Number of fix-and-rescale rounds that fixed at least one unit. */
  rounds: number;
}

/**
 * Caps every unit's horizon total `Lambda_i = sum_t pi[t][i]` at `upper[i]` while keeping each period's
 * total `n_t` and the proportional-to-size rule with bounds for the units that are not capped.
 *
 * Fix and rescale over the horizon, the survey statisticians' treatment of probabilities above 1
 * (Tillé, *Sampling Algorithms*, Springer 2006, sect. 2.10) applied to the unit totals:
 * 1. compute `Lambda_i` (summed over `t` in order); the units not yet fixed with `Lambda_i > upper[i]`
 *    are fixed: each of their probabilities is multiplied by `upper[i] / Lambda_i` (set to 0 when
 *    `upper[i] = 0`), so their total becomes `upper[i]`;
 * 2. in every period where a fixed unit is eligible (`pi[t][i] > 0`), the units not fixed and
 *    eligible share the rest of the budget, `R_t = n_t - sum over fixed units of their probability`,
 *    as `clamp(c_t * w_i, bounds.min, bounds.max)` summing to `R_t` (see {@link fillToTotal});
 * 3. repeat until no unit exceeds its bound. Every round fixes at least one unit, so there are at most
 *    `N` rounds; the budgets `R_t` only grow, so a fixed unit never needs to be released.
 *
 * A fixed unit's probabilities may fall below `bounds.min` (the cap wins). When nothing exceeds,
 * the input rows are returned unchanged (same values, copied).
 *
 * @param pi - `pi[t][i]`, one row per period, each summing to an integer (as from
 *   `inclusionProbabilities` with `weights`, 0 where the unit is not eligible).
 * @param weights - `w_i > 0` for every unit with a positive probability somewhere.
 * @param upper - the upper bound on each unit's horizon total (`Infinity` for none; >= 0).
 * @param bounds - the per-period bounds the rescaled units keep.
 * @returns the capped probabilities and which units were capped.
 * @throws FairdrawError `infeasible` (path `upper`) when in some period the units left uncapped cannot
 *   take the rest of the budget (all capped, or all at `bounds.max`), one problem per period
 *   (path `pi[t]`); `invalid-input` for a bad row or a negative bound.
 */
export function capHorizonTotals(
  pi: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  upper: ArrayLike<number>,
  bounds: InclusionBounds = {},
): CappedHorizon {
  const T = pi.length;
  const N = T === 0 ? upper.length : pi[0]!.length;
  const lo = bounds.min ?? 0;
  const hi = bounds.max ?? 1;
  for (let i = 0; i < N; i++) {
    const u = upper[i];
    if (typeof u !== 'number' || Number.isNaN(u) || u < 0) {
      throw new FairdrawError('invalid-input', `upper[${i}]`, (t) => t.sampling.numberAtLeast0(String(u)));
    }
  }
  const n = pi.map((row, t) => checkInclusion(row, `pi[${t}]`));
  const cur = pi.map((row) => Float64Array.from(row));
  const capped = new Uint8Array(N);
  // Heaviest first (ties by index), the order fillToTotal needs.
  const order: number[] = [];
  for (let i = 0; i < N; i++) if (weights[i]! > 0) order.push(i);
  order.sort((a, b) => weights[b]! - weights[a]! || a - b);

  const totals = new Float64Array(N);
  let rounds = 0;
  for (;;) {
    totals.fill(0);
    for (let t = 0; t < T; t++) {
      const row = cur[t]!;
      for (let i = 0; i < N; i++) totals[i]! += row[i]!;
    }
    const fixedNow: number[] = [];
    for (let i = 0; i < N; i++) if (capped[i] === 0 && totals[i]! > upper[i]!) fixedNow.push(i);
    if (fixedNow.length === 0) break;
    rounds++;
    for (const i of fixedNow) {
      capped[i] = 1;
      const s = upper[i]! === 0 ? 0 : upper[i]! / totals[i]!;
      for (let t = 0; t < T; t++) cur[t]![i] = cur[t]![i]! * s;
    }
    const problems: FairdrawProblem[] = [];
    for (let t = 0; t < T; t++) {
      if (n[t] === 0) continue;
      const base = pi[t]!;
      if (!fixedNow.some((i) => base[i]! > 0)) continue;
      const row = cur[t]!;
      let fixedSum = 0;
      let fixedCount = 0;
      for (let i = 0; i < N; i++) {
        if (capped[i] === 1 && base[i]! > 0) {
          fixedSum += row[i]!;
          fixedCount++;
        }
      }
      const members = order.filter((i) => capped[i] === 0 && base[i]! > 0);
      const rest = n[t]! - fixedSum;
      if (!fillToTotal(weights, members, rest, lo, hi, row)) {
        const facts = [
          t,
          n[t]!,
          fixedCount,
          fixedSum.toFixed(6),
          members.length,
          (members.length * hi).toFixed(6),
          hi,
          rest.toFixed(6),
        ] as const;
        problems.push(problem(`pi[${t}]`, (say) => say.sampling.periodShort(...facts)));
      }
    }
    if (problems.length > 0) {
      throw new FairdrawError('infeasible', 'upper', wordsOf(problems[0]!).message, problems);
    }
  }
  for (let i = 0; i < N; i++) {
    if (totals[i]! > upper[i]! + INTEGER_TOLERANCE * Math.max(1, upper[i]!)) {
      // Unreachable: a fixed unit sums to upper[i] up to rounding, a free one passed the test above.
      throw new Error(`capHorizonTotals: unit ${i} total ${totals[i]} above ${upper[i]}`);
    }
  }
  return { probabilities: cur, capped, rounds };
}
