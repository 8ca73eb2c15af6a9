import type { Schedule, ScheduleUnit } from './scheduleSchema.js';

/**
 * The routine inclusion probabilities of one unit of a schedule, one per period (0 where the unit is
 * not active): what the draw really delivered. Every reader of a schedule asks this function rather than
 * the unit, so that the way a schedule stores them is decided in one place.
 *
 * @param _schedule - the schedule the unit belongs to.
 * @param unit - one of `schedule.units`.
 * @returns the probabilities, period by period; not to be modified.
 */
export function unitProbabilities(_schedule: Pick<Schedule, 'units'>, unit: ScheduleUnit): readonly number[] {
  return unit.probabilities;
}
