import type { Schedule, ScheduleUnit } from './scheduleSchema.js';

/**
 * The routine inclusion probabilities of one unit of a schedule, one per period (0 where the unit is
 * not active): what the draw really delivered. In the format `fairdraw/seal/v3+rfc6962` the unit names
 * one of the schedule's `profiles`; earlier schedules list them on the unit. Every reader of a schedule
 * asks this function rather than the unit.
 *
 * @param schedule - the schedule the unit belongs to, validated by `readSchedule` (which checks that
 *   `profile` names one of `profiles`, or that the unit lists its own).
 * @param unit - one of `schedule.units`.
 * @returns the probabilities, period by period; shared between units, not to be modified.
 */
export function unitProbabilities(
  schedule: Pick<Schedule, 'profiles'>,
  unit: Pick<ScheduleUnit, 'profile' | 'probabilities'>,
): readonly number[] {
  const shared = unit.profile === undefined ? undefined : schedule.profiles?.[unit.profile];
  const own = shared ?? unit.probabilities;
  if (own === undefined)
    throw new Error(`fairdraw bug: a schedule unit without probabilities reached a reader`);
  return own;
}
