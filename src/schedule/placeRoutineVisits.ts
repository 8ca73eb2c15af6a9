import type { Calendar } from '../calendar/Calendar.js';
import { type PlacedVisit, placeVisits } from './placeVisits.js';
import { placeVisitsApart } from './placeVisitsApart.js';

/**
 * Gives the chosen routine visits their working days: `placeVisits` when the plan sets no
 * `limits.minGapDays`, else `placeVisitsApart` with that gap, which also keeps it from the `fixed`
 * dates of each unit (visits that are not routine, or kept from before a replan). The selection is not
 * touched, only the days (docs/limits.md). Shared by `plan` and `replan`.
 */
export function placeRoutineVisits(
  seed: string,
  chosen: readonly number[][],
  calendar: Calendar,
  minGapDays: number | undefined,
  fixed: readonly (readonly string[] | undefined)[],
): PlacedVisit[] {
  const workdays = calendar.periods.map((p) => p.workdays);
  return minGapDays === undefined
    ? placeVisits(seed, chosen, workdays)
    : placeVisitsApart(seed, chosen, workdays, minGapDays, fixed);
}
