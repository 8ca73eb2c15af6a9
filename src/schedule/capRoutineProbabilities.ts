import { FairdrawError, problem, say, wordsOf } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { capHorizonTotals } from '../sampling/capHorizonTotals.js';
import type { FramePeriod } from './routineProbabilities.js';

const FIELD = 'limits.maxVisitsPerUnit';

/** The routine probabilities after the per-unit cap, and which units the cap bound. */
export interface CappedRoutine {
  /** `probabilities[t][i]`, to hand to the routine draw. */
  probabilities: Float64Array[];
  /** `capped[i]`: unit `i`'s probabilities were scaled down so its expected routine visits equal its bound. */
  capped: boolean[];
  /** `upper[i]`: the bound on unit `i`'s routine visits (`Infinity` without a cap). */
  upper: number[];
}

/**
 * Applies `limits.maxVisitsPerUnit` to the routine probabilities `pi[t][i]` (docs/limits.md).
 *
 * Unit `i` may have at most `U_i = maxVisitsPerUnit - fixedVisits[i]` routine visits, where
 * `fixedVisits[i]` counts its visits that are not drawn by the routine draw (directed, follow-up,
 * campaign, or, when replanning, the visits already made; the caller passes an upper bound on them).
 * Under `coordination: "horizon"` a unit's routine count is the floor or the ceiling of its expected
 * total, so bounding the expected total by the integer `U_i` before rounding bounds the count with
 * certainty. The expected totals are bounded by {@link capHorizonTotals} (fix and rescale over the
 * horizon), which keeps every period's budget and the fairness rule with bounds for the other units.
 *
 * Without a cap the input rows are returned as they are (the same objects), so plans without
 * `limits.maxVisitsPerUnit` draw exactly as before.
 *
 * @param input - the validated plan.
 * @param periods - the periods of `pi`, for messages.
 * @param pi - `pi[t][i]` from `routineProbabilities` (rows may be shared; they are not modified).
 * @param fixedVisits - per unit, visits that count toward the cap but are not routine (default none).
 * @throws FairdrawError naming `limits.maxVisitsPerUnit`: `unsupported` under `coordination:
 *   "independent"`, `infeasible` when a unit's other visits already exceed the cap or when the capped
 *   units leave a period's budget to nobody (listing the periods).
 */
export function capRoutineProbabilities(
  input: ValidPlanInput,
  periods: readonly FramePeriod[],
  pi: readonly Float64Array[],
  fixedVisits?: ArrayLike<number>,
): CappedRoutine {
  const { units, routine } = input;
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap === undefined) {
    return {
      probabilities: pi as Float64Array[],
      capped: units.map(() => false),
      upper: units.map(() => Number.POSITIVE_INFINITY),
    };
  }
  if (routine.coordination !== 'horizon') {
    throw new FairdrawError('unsupported', FIELD, (t) => t.schedule.capNeedsHorizon);
  }
  const upper = units.map((_, i) => cap - (fixedVisits?.[i] ?? 0));
  const over = upper.flatMap((u, i) => (u < 0 ? [i] : []));
  if (over.length > 0) {
    const problems = over.map((i) =>
      problem(FIELD, (t) => t.schedule.capBelowFixed(cap, fixedVisits?.[i] as number, units[i]!.id)),
    );
    throw new FairdrawError('infeasible', FIELD, problems[0]!.message, problems);
  }
  let budget = 0;
  let room = 0;
  for (const row of pi) for (const p of row) budget += p;
  units.forEach((_, i) => {
    if (pi.some((row) => row[i]! > 0)) room += upper[i]!;
  });
  if (room < Math.round(budget)) {
    const total = Math.round(budget);
    throw new FairdrawError('infeasible', FIELD, (t) => t.schedule.capRoom(cap, room, total));
  }
  const weights = units.map((u) => (routine.fairness === 'risk' ? u.risk : 1));
  try {
    const result = capHorizonTotals(pi, weights, upper, routine.bounds ?? {});
    return { probabilities: result.probabilities, capped: Array.from(result.capped, (c) => c === 1), upper };
  } catch (e) {
    if (!(e instanceof FairdrawError) || e.code !== 'infeasible') throw e;
    const problems = e.problems.map((p) => {
      const period = periods[Number(/^pi\[(\d+)\]$/.exec(p.path)?.[1] ?? -1)];
      const where = period ? { index: period.index, start: period.start, end: period.end } : p.path;
      const why = wordsOf(p).message;
      return problem(FIELD, (t) => t.schedule.capLeaves(cap, where, say(why, t)));
    });
    throw new FairdrawError('infeasible', FIELD, problems[0]!.message, problems);
  }
}
