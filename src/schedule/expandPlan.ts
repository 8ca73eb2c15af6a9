import { expandHorizon } from '../calendar/expandHorizon.js';
import { officialCalendar } from '../calendar/officialCalendar.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { CalendarSource } from '../model/scheduleSchema.js';
import { validatePlanInput } from '../model/validatePlanInput.js';

/** A plan file as it is hashed and drawn: its days written out. */
export interface ExpandedPlan {
  /**
   * The validated plan (defaults applied) with `horizon.calendar` written out into `horizon.holidays`
   * and `horizon.extraWorkdays` and the listed days outside the horizon left out: the object whose
   * hash is `manifest.inputHash`. Written to a file, it is a plan file that gives the same input hash
   * and the same draws.
   */
  input: ValidPlanInput;
  /** How many listed holidays and extra working days lay outside the horizon and were left out. */
  ignored: { holidays: number; extraWorkdays: number };
  /** The official calendar the plan named and the package version that gave its days. */
  calendar?: CalendarSource;
}

/**
 * Validates a plan file and writes out its days (`expandHorizon`): an official calendar named in
 * `horizon.calendar` (`"CN"`: the data of the `chinese-days` package bundled with the library)
 * becomes explicit `holidays` and `extraWorkdays`, and listed days outside the horizon are left out.
 * `plan`, `replan`,
 * `substitute` and `verify` hash and draw the result, so a schedule depends on the days, never on the
 * package's version; the version is recorded in `manifest.calendar`. A plan without `calendar` and
 * without a day outside its horizon comes out as validated, so its input hash is what it always was.
 *
 * @param input - the plan file (untrusted).
 * @returns the expanded plan, the count of days left out, and the calendar's source.
 * @throws {FairdrawError} `invalid-input` naming the field: any validation error, and
 *   `horizon.calendar` when the calendar has no data for a year of the horizon.
 */
export function expandPlan(input: unknown): ExpandedPlan {
  const valid = validatePlanInput(input);
  const name = valid.horizon.calendar;
  const official = name === undefined ? undefined : officialCalendar(name);
  const { horizon, ignored } = expandHorizon(valid.horizon, official);
  const expanded: ExpandedPlan = { input: { ...valid, horizon }, ignored };
  if (official) {
    expanded.calendar = { name: official.name, package: official.package, version: official.version };
  }
  return expanded;
}
