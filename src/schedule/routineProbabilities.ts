import type { Calendar } from '../calendar/Calendar.js';
import { periodIndexOf } from '../calendar/days.js';
import { FairdrawError, pathAndMessage, wordsOf } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Routine } from '../model/routineSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import { inclusionProbabilities } from '../sampling/inclusionProbabilities.js';
import { inFrame } from './frame.js';

/** The part of a period that the routine draw needs. */
export interface FramePeriod {
  index: number;
  start: string;
  end: string;
  budget: number;
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
  // Periods with the same budget, frame and raised risks share one row. Without an activity window
  // every unit is in every period's frame: one list for all.
  const everyone = units.some((u) => u.active !== undefined) ? undefined : indices(units.length);
  const cache = new Map<string, { members: readonly number[]; row: Float64Array }[]>();
  const everyoneHash = everyone && fingerprint(everyone); // the one list's hash, taken once
  return periods.map((period) => {
    const members = everyone ?? frameOf(units, period);
    const risks =
      riskAt && routine.fairness === 'risk' ? members.map((i) => riskAt(i, period.index)) : undefined;
    let key = `${period.budget}|${members.length}|${everyoneHash ?? fingerprint(members)}`;
    if (risks)
      key += `|${members.flatMap((i, k) => (risks[k] === units[i]!.risk ? [] : [`${i}=${risks[k]}`])).join(',')}`;
    const bucket = cache.get(key) ?? [];
    const hit = bucket.find((entry) => sameList(entry.members, members));
    if (hit) return hit.row;
    // Plain loops over the frame (a hundred thousand units): no callback, no list of the positive weights.
    const weights: number[] = [];
    let positive = 0;
    for (let k = 0; k < members.length; k++) {
      const w = routine.fairness === 'risk' ? (risks?.[k] ?? units[members[k]!]!.risk) : 1;
      weights.push(w);
      if (w > 0) positive++;
    }
    const row = new Float64Array(units.length);
    if (period.budget > 0) {
      if (period.budget > positive) {
        const { index, start, end, budget } = period;
        throw new FairdrawError('infeasible', budgetField, (t) =>
          t.schedule.periodTooFew(index, start, end, budget, positive, routine.fairness === 'risk'),
        );
      }
      let pi: number[];
      try {
        pi = inclusionProbabilities(weights, period.budget, routine.bounds ?? {});
      } catch (e) {
        if (!(e instanceof FairdrawError)) throw e;
        const field = e.path.startsWith('bounds') ? `routine.${e.path}` : budgetField;
        const { path, message } = wordsOf(e);
        const why = pathAndMessage(path, message);
        const { index, start, end } = period;
        throw new FairdrawError('infeasible', field, (t) =>
          t.schedule.periodFailed(index, start, end, why(t)),
        );
      }
      for (let k = 0; k < members.length; k++) row[members[k]!] = pi[k]!;
    }
    bucket.push({ members, row });
    cache.set(key, bucket);
    return row;
  });
}

/** `[0, 1, ..., n - 1]`. */
function indices(n: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < n; i++) list.push(i);
  return list;
}

/** The indices of the units in the routine frame of `period` (`inFrame`), increasing. */
function frameOf(units: ValidPlanInput['units'], period: FramePeriod): number[] {
  const members: number[] = [];
  for (let i = 0; i < units.length; i++) if (inFrame(units[i]!, period.start, period.end)) members.push(i);
  return members;
}

/** A 32-bit hash of a list of indices (FNV-1a over the values), to find equal lists without comparing every pair. */
function fingerprint(list: readonly number[]): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < list.length; k++) h = Math.imul(h ^ list[k]!, 0x01000193);
  return h >>> 0;
}

/** Whether two lists of numbers are equal, element by element. */
function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** What {@link periodBudgets} needs to know of a period. */
export interface BudgetPeriod {
  /** Working days of the period inside the horizon. */
  workdays: number;
  /** Pattern working days of the full nominal period (holidays ignored). */
  nominalWorkdays: number;
}

/**
 * Routine visits per period. Each period gets a share `s_t` of the nominal budget:
 * - `visitsPerPeriod` with `prorate: "workdays"`: `s_t = v * min(1, workdays_t / nominalWorkdays_t)`, so a
 *   week cut by the horizon or by holidays gets proportionally fewer visits and a week with none gets none;
 * - `visitsPerPeriod` with `prorate: "none"`: `s_t = v` for every period;
 * - `visitsPerWorkday: r`: `s_t = r * workdays_t`.
 * The shares are made whole by cumulative rounding, `n_t = R(S_t) - R(S_{t-1})` with `S_t` the running sum
 * and `R(x) = floor(x + 1/2 + 1e-9)`, so every `n_t` is the floor or ceiling of `s_t` and the yearly total
 * is the rounded total.
 */
export function periodBudgets(routine: Routine, periods: readonly BudgetPeriod[]): number[] {
  const shares = periods.map((p) => {
    if (routine.visitsPerWorkday !== undefined) return routine.visitsPerWorkday * p.workdays;
    const v = routine.visitsPerPeriod ?? 0;
    if (routine.prorate === 'none') return v;
    return p.nominalWorkdays === 0 ? 0 : v * Math.min(1, p.workdays / p.nominalWorkdays);
  });
  const round = (x: number) => Math.floor(x + 0.5 + 1e-9);
  const budgets: number[] = [];
  let running = 0;
  let previous = 0;
  for (const s of shares) {
    running += s;
    const r = round(running);
    budgets.push(r - previous);
    previous = r;
  }
  return budgets;
}

/**
 * The risk weights that findings with `raiseRisk` give to units, period by period: unit `i` has, in
 * period `t`, the largest of its own `risk` and the `raiseRisk` of every finding on it whose period
 * is before `t` (a finding in period `p` acts from period `p + 1`; one dated before the horizon acts
 * from period 0). The rule only raises, never lowers, and does not depend on the order of the
 * findings. Only routine draws under `fairness: "risk"` use it (campaigns keep the plan's risks).
 *
 * @returns `riskAt(i, t)`, or `undefined` when no finding raises a risk (the routine draw is then
 *   exactly the one of the plan without findings).
 */
export function raisedRisk(
  input: ValidPlanInput,
  calendar: Calendar,
): ((unit: number, period: number) => number) | undefined {
  const raises = new Map<number, { from: number; risk: number }[]>();
  (input.findings ?? []).forEach((f) => {
    if (f.raiseRisk === undefined) return;
    const i = unitIndex(input.units).get(f.unit)!;
    const from = periodIndexOf(calendar, f.date) + 1;
    const list = raises.get(i) ?? [];
    list.push({ from, risk: f.raiseRisk });
    raises.set(i, list);
  });
  if (raises.size === 0) return undefined;
  return (i, t) => {
    let risk = input.units[i]!.risk;
    for (const r of raises.get(i) ?? []) if (r.from <= t && r.risk > risk) risk = r.risk;
    return risk;
  };
}
