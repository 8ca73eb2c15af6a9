import type { Calendar } from '../calendar/Calendar.js';
import { spreadOverDays } from '../calendar/spreadOverDays.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { shuffle } from '../random/shuffle.js';
import { placeVisitsApart } from './placeVisitsApart.js';

/** A drawn routine visit before inspectors: which unit, which period, which day. */
export interface PlacedVisit {
  period: number;
  unit: number;
  date: string;
}

/**
 * Gives each routine visit of a period a working day of that period. With the sub-seed
 * `deriveSeed(seed, "dates", t)`: the period's day slots come from `spreadOverDays` (no day gets more
 * than the ceiling of visits / days), then a uniform permutation of the slots is drawn and the k-th
 * chosen unit (in index order) gets slot `perm[k]`, so a unit's weekday is unpredictable.
 */
export function placeVisits(
  seed: string,
  chosen: readonly number[][],
  workdays: readonly (readonly string[])[],
): PlacedVisit[] {
  const out: PlacedVisit[] = [];
  chosen.forEach((units, t) => {
    if (units.length === 0) return;
    const rng = createRng(deriveSeed(seed, 'dates', t));
    const slots = spreadOverDays(units.length, workdays[t]!, rng);
    const perm = shuffle(rng, slots.length);
    units.forEach((unit, k) => {
      out.push({ period: t, unit, date: slots[perm[k]!]! });
    });
  });
  return out;
}

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
