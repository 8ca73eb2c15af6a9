import type { DateTime } from 'luxon';
import { FairdrawError } from '../model/FairdrawError.js';
import type { CalendarPeriod } from './Calendar.js';
import type { CheckedHorizon } from './checkHorizon.js';
import { MAX_WALK_DAYS } from './limits.js';
import { ONE_DAY } from './oneDay.js';
import { isoOf, readDay } from './readDay.js';
import { isWorkedDay } from './workdayRule.js';

/** The two queries of a calendar, answered from a table inside the horizon and by luxon outside it. */
export interface WorkdayLookup {
  isWorkday(date: string): boolean;
  workdaysBetween(from: string, to: string): string[];
}

/** First index `k` in the ascending `list` with `list[k] > date` (or `>=` when `inclusive`). */
function bound(list: readonly string[], date: string, inclusive: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < date || (!inclusive && list[mid] === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds `isWorkday` and `workdaysBetween` for a checked horizon and its periods. Every day of the
 * horizon is tabulated once (the periods already walked it in the zone), so queries inside the
 * horizon need no date arithmetic; outside it the same rule is applied by stepping days in the zone.
 */
export function workdayLookup(
  h: CheckedHorizon,
  periods: readonly CalendarPeriod[],
  days: ReadonlyMap<string, boolean>,
): WorkdayLookup {
  const start = isoOf(h.start);
  const end = isoOf(h.end);
  const list = periods.flatMap((p) => p.workdays);
  const read = (date: string, path: string): DateTime => {
    const r = readDay(date, h.zone);
    if (!r.ok) throw new FairdrawError('invalid-input', path, r.message);
    return r.day;
  };
  /** Working days in [first, lastIso] outside the horizon, stepping one day at a time in the zone. */
  const walk = (first: DateTime, lastIso: string, out: string[]) => {
    for (let day = first; isoOf(day) <= lastIso; day = day.plus(ONE_DAY)) {
      const date = isoOf(day);
      if (isWorkedDay(h, date, day.weekday)) out.push(date);
    }
  };
  return {
    isWorkday(date: string): boolean {
      const known = days.get(date);
      return known ?? isWorkedDay(h, date, read(date, 'date').weekday);
    },
    workdaysBetween(from: string, to: string): string[] {
      const first = read(from, 'from');
      const last = read(to, 'to');
      if (last.diff(first, 'days').days > MAX_WALK_DAYS) {
        throw new FairdrawError(
          'invalid-input',
          'to',
          `${from}..${to} spans more than ${MAX_WALK_DAYS} days`,
        );
      }
      const out: string[] = [];
      if (from > to) return out;
      if (from < start) walk(first, to < start ? to : isoOf(h.start.minus(ONE_DAY)), out);
      if (to >= start && from <= end) {
        out.push(...list.slice(bound(list, from, true), bound(list, to, false)));
      }
      if (to > end) walk(from > end ? first : h.end.plus(ONE_DAY), to, out);
      return out;
    },
  };
}
