import { DateTime } from 'luxon';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The result of reading a date: the day's first instant in the zone, or why it is not a day there. */
export type ReadDay = { ok: true; day: DateTime } | { ok: false; message: string };

/**
 * Reads the ISO date `yyyy-mm-dd` as the first instant of that calendar day in `zone` (luxon moves a
 * midnight that a DST change skips to the first existing time of the same day). Rejects anything
 * that is not exactly an existing date, and a date the zone skipped (Pacific/Apia, 2011-12-30).
 */
export function readDay(date: unknown, zone: string): ReadDay {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    return { ok: false, message: `not a valid ISO date ${JSON.stringify(date)} (expected yyyy-mm-dd)` };
  }
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return { ok: false, message: `not a valid ISO date ${JSON.stringify(date)}` };
  if (isoOf(day) !== date) {
    return {
      ok: false,
      message: `${JSON.stringify(date)} does not exist in zone ${zone} (the day was skipped)`,
    };
  }
  return { ok: true, day };
}

/** The calendar date of `day` in its zone, `yyyy-mm-dd`. */
export function isoOf(day: DateTime): string {
  return day.toISODate() as string;
}
