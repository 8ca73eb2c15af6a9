import { FairdrawError } from './FairdrawError.js';
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

/**
 * Checks that the schedule stores its routine probabilities in one format: with `profiles`, every unit
 * names one of them (`profile`) and lists none of its own, and every profile has one number per period;
 * without, every unit lists its own `probabilities`, one per period. `readSchedule` calls it after the
 * schema, so that every reader can ask {@link unitProbabilities}.
 *
 * @throws FairdrawError (`invalid-input`) naming the unit's `profile` or `probabilities`, or the profile.
 */
export function checkProfiles(schedule: Schedule, root: string): void {
  const { profiles, units } = schedule;
  units.forEach((unit, i) => {
    const at = `${root}.units[${i}]`;
    if (profiles === undefined) {
      if (unit.probabilities === undefined)
        throw new FairdrawError(
          'invalid-input',
          `${at}.probabilities`,
          (t) => t.schedule.unitWithoutProbabilities,
        );
      if (unit.profile !== undefined)
        throw new FairdrawError('invalid-input', `${at}.profile`, (t) => t.schedule.profileWithoutProfiles);
      const values = unit.probabilities.length;
      if (values !== schedule.periods.length)
        throw new FairdrawError('invalid-input', `${at}.probabilities`, (t) =>
          t.report.probabilitiesCount(values, schedule.periods.length),
        );
      return;
    }
    if (unit.probabilities !== undefined)
      throw new FairdrawError(
        'invalid-input',
        `${at}.probabilities`,
        (t) => t.schedule.probabilitiesBesideProfiles,
      );
    const k = unit.profile;
    if (k === undefined || k >= profiles.length)
      throw new FairdrawError('invalid-input', `${at}.profile`, (t) =>
        t.schedule.profileIndex(profiles.length),
      );
  });
  profiles?.forEach((profile, k) => {
    if (profile.length !== schedule.periods.length)
      throw new FairdrawError('invalid-input', `${root}.profiles[${k}]`, (t) =>
        t.report.probabilitiesCount(profile.length, schedule.periods.length),
      );
  });
}
