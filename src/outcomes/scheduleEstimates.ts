import type { Schedule } from '../model/scheduleSchema.js';
import type { EstimateGroup, UncountedVisits, UnitRate } from './EstimateTypes.js';
import { type EstimateFacts, estimateSchedule } from './estimateSchedule.js';
import { outcomeIndex } from './outcomeIndex.js';

/** The estimates the fairness report and the register show when given outcomes (docs/estimation.md). */
export interface ReportEstimates {
  /** The overall estimate (`by: "all"`). */
  all: EstimateGroup;
  /** One estimate per police type (`by: "type"`). */
  types: EstimateGroup[];
  /** Every unit's rate at its random visits, with Wilson's interval and the flag above its type. */
  units: UnitRate[];
  /** The visits listed but not counted. */
  uncounted: UncountedVisits[];
  /** What the estimand and method say, for the page to write in its language. */
  facts: EstimateFacts;
}

/**
 * The estimates a page shows: overall and per police type, every unit's rate, over the periods ended
 * by `asOf` at the 95% level, from `outcomes` (validated: the schedule's hash, known visits, no visit
 * twice).
 *
 * @throws {FairdrawError} `invalid-input` naming the field of `outcomes` that is wrong.
 */
export function scheduleEstimates(schedule: Schedule, outcomes: unknown, asOf: string): ReportEstimates {
  const index = outcomeIndex(outcomes, schedule);
  const settings = { level: 0.95, asOf, lang: 'en' as const };
  const all = estimateSchedule(schedule, index, { ...settings, by: 'all' }).estimates;
  const { estimates, facts } = estimateSchedule(schedule, index, { ...settings, by: 'type' });
  return {
    all: all.groups[0]!,
    types: estimates.groups,
    units: estimates.units,
    uncounted: estimates.uncounted,
    facts,
  };
}
