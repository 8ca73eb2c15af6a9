import { FairdrawError } from '../model/FairdrawError.js';
import type { Calendar } from './Calendar.js';
import { checkHorizon } from './checkHorizon.js';
import { cutPeriods } from './cutPeriods.js';
import type { HorizonSpec } from './HorizonSpec.js';
import { MAX_WALK_DAYS } from './limits.js';
import { isoOf, readDay } from './readDay.js';
import { isWorkedDay } from './workdayRule.js';

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
 * @param h - the horizon (see {@link HorizonSpec}).
 * @param root - the horizon's path in error messages.
 * @returns the calendar.
 * @throws {FairdrawError} `invalid-input` naming the field: a date that is not a date or not in the
 *   horizon, start after end, an unknown zone, a holiday that is also an extra working day, an extra
 *   working day that the pattern already works, a horizon longer than 10 years.
 */
export function buildCalendar(h: HorizonSpec, root = 'horizon'): Calendar {
  const checked = checkHorizon(h, root);
  const { zone } = checked;
  const periods = cutPeriods(checked.start, checked.end, checked.period, checked);
  const read = (date: string, path: string) => {
    const r = readDay(date, zone);
    if (!r.ok) throw new FairdrawError('invalid-input', path, r.message);
    return r.day;
  };
  return {
    zone,
    start: isoOf(checked.start),
    end: isoOf(checked.end),
    period: checked.period,
    periods,
    isWorkday(date: string): boolean {
      return isWorkedDay(checked, date, read(date, 'date').weekday);
    },
    workdaysBetween(from: string, to: string): string[] {
      const first = read(from, 'from');
      const last = read(to, 'to');
      const lastIso = isoOf(last);
      if (last.diff(first, 'days').days > MAX_WALK_DAYS) {
        throw new FairdrawError(
          'invalid-input',
          'to',
          `${from}..${to} spans more than ${MAX_WALK_DAYS} days`,
        );
      }
      const out: string[] = [];
      for (let day = first; isoOf(day) <= lastIso; day = day.plus({ days: 1 })) {
        const date = isoOf(day);
        if (isWorkedDay(checked, date, day.weekday)) out.push(date);
      }
      return out;
    },
  };
}
