import { FairdrawError } from '../model/FairdrawError.js';
import type { Calendar } from './Calendar.js';
import { isoOf, MAX_WALK_DAYS, ONE_DAY, requireDay } from './days.js';

/** `addWorkdays` accepts at most this many working days. */
export const MAX_ADD_WORKDAYS = 3660;

/** Where the arguments of {@link addWorkdays} come from, for error messages (`findings[2].date`). */
export interface AddWorkdaysPaths {
  date?: string;
  n?: string;
}

/**
 * The `n`-th working day after `date`: the day itself does not count, the next working day is the
 * first. `n = 0` returns `date` unchanged. This is how a rectification deadline of N working days is
 * set (issue 6): a finding on Wed 2026-04-29 with N = 5, holidays May 1, 4 and 5 and Saturday May 9
 * worked, has its deadline on 2026-05-09.
 *
 * The days after `date` are read in windows of calendar days stepped in `cal.zone` (luxon, so DST
 * changes never shift a date) and their working days taken from `cal.workdaysBetween`. Beyond the horizon the same rule continues: the weekday
 * pattern applies; holidays and extra working days exist only where the horizon lists them.
 *
 * @param cal - the calendar built by `buildCalendar`.
 * @param date - an ISO date `yyyy-mm-dd`, inside or outside the horizon.
 * @param n - a whole number of working days, 0 to 3660.
 * @param paths - names of the caller's fields, used in error messages (default `date` and `n`).
 * @throws {FairdrawError} `invalid-input` for a bad date or `n`; `infeasible` if no working day is found
 *   within 20 years.
 */
export function addWorkdays(cal: Calendar, date: string, n: number, paths: AddWorkdaysPaths = {}): string {
  const datePath = paths.date ?? 'date';
  const nPath = paths.n ?? 'n';
  const day = requireDay(date, cal.zone, datePath);
  if (!Number.isInteger(n) || n < 0 || n > MAX_ADD_WORKDAYS) {
    throw new FairdrawError('invalid-input', nPath, (t) => t.calendar.addWorkdaysRange(MAX_ADD_WORKDAYS, n));
  }
  let last = day;
  let remaining = n;
  let walked = 0;
  while (remaining > 0) {
    if (walked >= MAX_WALK_DAYS) {
      throw new FairdrawError('infeasible', nPath, (t) => t.calendar.fewWorkdays(n, MAX_WALK_DAYS, date));
    }
    const span = Math.min(2 * remaining + 7, MAX_WALK_DAYS);
    const first = last.plus(ONE_DAY);
    last = last.plus({ days: span });
    walked += span;
    const found = cal.workdaysBetween(isoOf(first), isoOf(last));
    if (found.length >= remaining) return found[remaining - 1]!;
    remaining -= found.length;
  }
  return date;
}

/**
 * The first working day strictly after `date` (`addWorkdays(cal, date, 1)`): where a follow-up visit
 * goes once a rectification deadline has passed. Beyond the horizon the weekday pattern continues.
 *
 * @example nextWorkday(cal, '2026-05-09') // '2026-05-11' (Sunday May 10 is skipped)
 * @throws {FairdrawError} `invalid-input` when `date` is not an ISO date.
 */
export function nextWorkday(cal: Calendar, date: string, paths: AddWorkdaysPaths = {}): string {
  return addWorkdays(cal, date, 1, paths);
}
