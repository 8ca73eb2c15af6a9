import { DateTime, Duration } from 'luxon';
import { FairdrawError, type Phrase } from '../model/FairdrawError.js';
import type { Calendar } from './Calendar.js';

// Days in a zone: reading an ISO date as a day of the zone, stepping one day, whether a day is worked,
// and which period of a calendar holds it.

/** One calendar day, as a luxon duration: adding it keeps the wall-clock time across DST changes. */
export const ONE_DAY = Duration.fromObject({ days: 1 });

/** `workdaysBetween` and `addWorkdays` never walk more than this many days (about 20 years). */
export const MAX_WALK_DAYS = 7305;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The result of reading a date: the day's first instant in the zone, or why it is not a day there. */
export type ReadDay = { ok: true; day: DateTime } | { ok: false; message: Phrase };

/**
 * Reads the ISO date `yyyy-mm-dd` as the first instant of that calendar day in `zone` (luxon moves a
 * midnight that a DST change skips to the first existing time of the same day). Rejects anything
 * that is not exactly an existing date, and a date the zone skipped (Pacific/Apia, 2011-12-30).
 */
export function readDay(date: unknown, zone: string): ReadDay {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    const shown = `${JSON.stringify(date)}`;
    return { ok: false, message: (t) => t.calendar.notIsoDate(shown) };
  }
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return { ok: false, message: (t) => t.calendar.notValidDate(JSON.stringify(date)) };
  if (isoOf(day) !== date) return { ok: false, message: (t) => t.calendar.skippedDay(date, zone) };
  return { ok: true, day };
}

/**
 * Reads `date` as {@link readDay} does, or throws a {@link FairdrawError} (`invalid-input`) naming
 * `path` with the reason it is not a day of `zone`.
 */
export function requireDay(date: unknown, zone: string, path: string): DateTime {
  const read = readDay(date, zone);
  if (!read.ok) throw new FairdrawError('invalid-input', path, read.message);
  return read.day;
}

/** The calendar date of `day` in its zone, `yyyy-mm-dd`. */
export function isoOf(day: DateTime): string {
  return day.toISODate() as string;
}

/** The working-day rule of a horizon: weekday pattern, holidays, extra working days. */
export interface WorkdayRule {
  workdays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

/**
 * Whether the day `date` (ISO weekday `weekday`) is worked: an extra working day always is; otherwise
 * it must have a pattern weekday and not be a holiday.
 */
export function isWorkedDay(rule: WorkdayRule, date: string, weekday: number): boolean {
  if (rule.extraWorkdays.has(date)) return true;
  return rule.workdays.has(weekday) && !rule.holidays.has(date);
}

/**
 * The index of the period that contains `date`, or -1 when `date` lies outside the horizon
 * (binary search over the periods, in order). Weeks, months and quarters tile the horizon; daily
 * periods leave out the days not worked, and such a day of the horizon gets the last period before
 * it, or -1 before the first (so that "the period after a finding's" is the next worked day's).
 *
 * @throws {FairdrawError} `invalid-input` (path `path`, default `date`) when `date` is not an ISO date.
 */
export function periodIndexOf(cal: Calendar, date: string, path = 'date'): number {
  requireDay(date, cal.zone, path);
  let lo = 0;
  let hi = cal.periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = cal.periods[mid]!;
    if (date < p.start) hi = mid - 1;
    else if (date > p.end) lo = mid + 1;
    else return mid;
  }
  return date >= cal.start && date <= cal.end ? hi : -1;
}
