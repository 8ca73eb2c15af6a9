import type { Calendar } from './Calendar.js';
import { checkHorizon } from './checkHorizon.js';
import { cutPeriods } from './cutPeriods.js';
import type { HorizonSpec } from './HorizonSpec.js';
import { isoOf } from './readDay.js';
import { workdayLookup } from './workdayLookup.js';

/**
 * Cuts a horizon into periods on its working-day calendar, every date read in the horizon's IANA zone
 * (luxon).
 *
 * - Periods are ISO weeks (Monday to Sunday), calendar months or calendar quarters. Each is the full
 *   nominal period clipped to `[start, end]`; only the first and the last can be `partial`.
 * - A working day is a day whose ISO weekday is in `workdays` and that is not a holiday, or an extra
 *   working day. Each period lists its working days and counts the pattern days of its full nominal
 *   period (`nominalWorkdays`), so callers can prorate budgets by working days.
 * - `isWorkday` and `workdaysBetween` apply the same rule outside the horizon (the weekday pattern;
 *   listed holidays and extra days only exist inside it).
 *
 * Days are stepped one calendar day at a time with luxon in the zone, so a DST change (a 23- or
 * 25-hour day, or a day whose midnight does not exist) never shifts a date; a date the zone skipped
 * altogether (Pacific/Apia, 2011-12-30) is simply not a day of the calendar.
 *
 * @param h - the horizon (see {@link HorizonSpec}).
 * @param root - the horizon's path in error messages.
 * @returns the calendar.
 * @throws {FairdrawError} `invalid-input` naming the field: a date that is not a date or not in the
 *   horizon, start after end, an unknown zone, a holiday that is also an extra working day, an extra
 *   working day that the pattern already works, a horizon longer than 10 years.
 */
export function buildCalendar(h: HorizonSpec, root = 'horizon'): Calendar {
  const checked = checkHorizon(h, root);
  const { periods, days } = cutPeriods(checked.start, checked.end, checked.period, checked);
  const lookup = workdayLookup(checked, periods, days);
  return {
    zone: checked.zone,
    start: isoOf(checked.start),
    end: isoOf(checked.end),
    period: checked.period,
    periods,
    isWorkday: lookup.isWorkday,
    workdaysBetween: lookup.workdaysBetween,
  };
}
