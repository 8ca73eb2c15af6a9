import type { Routine } from '../model/routineSchema.js';

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
