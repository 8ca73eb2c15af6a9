import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { inclusionProbabilities } from '../sampling/inclusionProbabilities.js';
import { inFrame } from './unitFrame.js';

/** The part of a period that the routine draw needs. */
export interface FramePeriod {
  index: number;
  start: string;
  end: string;
  budget: number;
}

function describe(p: FramePeriod): string {
  return `period ${p.index} (${p.start}..${p.end})`;
}

/**
 * The routine inclusion probabilities `pi[t][i]` of every unit `i` in every period `t`: the units in the
 * period's frame get `inclusionProbabilities(weights, budget_t, routine.bounds)` with weights their
 * risk (`fairness: "risk"`) or 1 (`"equal"`); units outside the frame get 0. Periods with the same
 * frame share one computation. Throws a {@link FairdrawError} naming the routine field when a
 * period's budget cannot be met.
 *
 * @param riskAt - the risk of unit `i` in period `t` when findings raise it (`raisedRisk`); default
 *   the unit's `risk`. Used under `fairness: "risk"` only.
 */
export function routineProbabilities(
  input: ValidPlanInput,
  periods: readonly FramePeriod[],
  riskAt?: (unit: number, period: number) => number,
): Float64Array[] {
  const { units, routine } = input;
  const budgetField =
    routine.visitsPerWorkday !== undefined ? 'routine.visitsPerWorkday' : 'routine.visitsPerPeriod';
  const cache = new Map<string, Float64Array>();
  return periods.map((period) => {
    const members: number[] = [];
    units.forEach((u, i) => {
      if (inFrame(u, period.start, period.end)) members.push(i);
    });
    const risks =
      riskAt && routine.fairness === 'risk' ? members.map((i) => riskAt(i, period.index)) : undefined;
    let key = `${period.budget}|${members.join(',')}`;
    if (risks)
      key += `|${members.flatMap((i, k) => (risks[k] === units[i]!.risk ? [] : [`${i}=${risks[k]}`])).join(',')}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const weights = members.map((i, k) => (routine.fairness === 'risk' ? (risks?.[k] ?? units[i]!.risk) : 1));
    const positive = weights.filter((w) => w > 0).length;
    const row = new Float64Array(units.length);
    if (period.budget > 0) {
      if (period.budget > positive) {
        throw new FairdrawError(
          'infeasible',
          budgetField,
          `${describe(period)} needs ${period.budget} routine visits but only ${positive} units are active` +
            (routine.fairness === 'risk' ? ' with a positive risk' : ''),
        );
      }
      let pi: number[];
      try {
        pi = inclusionProbabilities(weights, period.budget, routine.bounds ?? {});
      } catch (e) {
        if (!(e instanceof FairdrawError)) throw e;
        const field = e.path.startsWith('bounds') ? `routine.${e.path}` : budgetField;
        throw new FairdrawError('infeasible', field, `${describe(period)}: ${e.message}`);
      }
      members.forEach((i, k) => {
        row[i] = pi[k]!;
      });
    }
    cache.set(key, row);
    return row;
  });
}
