import type { DateTime } from 'luxon';
import { FairdrawError } from '../model/FairdrawError.js';
import type { Calendar, CalendarPeriod, HorizonSpec, PeriodKind } from './Calendar.js';
import { type CheckedHorizon, checkHorizon } from './checkHorizon.js';
import { isoOf, isWorkedDay, MAX_WALK_DAYS, ONE_DAY, requireDay, type WorkdayRule } from './days.js';

const STEP = { week: 'weeks', month: 'months', quarter: 'quarters' } as const;

/** The periods of a horizon and, for every day of the horizon, whether it is worked. */
interface CutHorizon {
  periods: CalendarPeriod[];
  days: Map<string, boolean>;
}

/**
 * Cuts `[start, end]` into ISO weeks (Monday to Sunday), calendar months or calendar quarters, in the
 * zone of `start`. Each period is the full nominal period clipped to the horizon; the first and last
 * may be partial. Walks every day of every nominal period once, so the work is linear in the horizon.
 */
function cutPeriods(start: DateTime, end: DateTime, kind: PeriodKind, rule: WorkdayRule): CutHorizon {
  if (kind === 'day') return cutDays(start, end, rule);
  const s = isoOf(start);
  const e = isoOf(end);
  const periods: CalendarPeriod[] = [];
  const days = new Map<string, boolean>();
  const unit = kind as Exclude<PeriodKind, 'day'>;
  let cursor = start.startOf(unit);
  while (isoOf(cursor) <= e) {
    const nominalStart = isoOf(cursor);
    const next = cursor.plus({ [STEP[unit]]: 1 }).startOf(unit);
    const nextIso = isoOf(next);
    const nominalEnd = isoOf(next.minus(ONE_DAY));
    const workdays: string[] = [];
    let nominalWorkdays = 0;
    for (let day = cursor; isoOf(day) < nextIso; day = day.plus(ONE_DAY)) {
      const date = isoOf(day);
      if (rule.workdays.has(day.weekday)) nominalWorkdays += 1;
      if (date >= s && date <= e) {
        const worked = isWorkedDay(rule, date, day.weekday);
        days.set(date, worked);
        if (worked) workdays.push(date);
      }
    }
    // Only the first period can start before the horizon and only the last can end after it.
    const clippedStart = periods.length === 0 ? s : nominalStart;
    const isLast = nextIso > e;
    const clippedEnd = isLast ? e : nominalEnd;
    periods.push({
      index: periods.length,
      start: clippedStart,
      end: clippedEnd,
      nominalStart,
      nominalEnd,
      partial: clippedStart !== nominalStart || clippedEnd !== nominalEnd,
      workdays,
      nominalWorkdays,
    });
    cursor = next;
  }
  return { periods, days };
}

/**
 * Daily periods: every worked day of `[start, end]` is a period of its own (start = end = that day,
 * one working day, never partial); a day that is not worked belongs to no period.
 */
function cutDays(start: DateTime, end: DateTime, rule: WorkdayRule): CutHorizon {
  const e = isoOf(end);
  const periods: CalendarPeriod[] = [];
  const days = new Map<string, boolean>();
  for (let day = start; isoOf(day) <= e; day = day.plus(ONE_DAY)) {
    const date = isoOf(day);
    const worked = isWorkedDay(rule, date, day.weekday);
    days.set(date, worked);
    if (!worked) continue;
    periods.push({
      index: periods.length,
      start: date,
      end: date,
      nominalStart: date,
      nominalEnd: date,
      partial: false,
      workdays: [date],
      nominalWorkdays: 1,
    });
  }
  return { periods, days };
}

/** The two queries of a calendar, answered from a table inside the horizon and by luxon outside it. */
interface WorkdayLookup {
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
function workdayLookup(
  h: CheckedHorizon,
  periods: readonly CalendarPeriod[],
  days: ReadonlyMap<string, boolean>,
): WorkdayLookup {
  const start = isoOf(h.start);
  const end = isoOf(h.end);
  const list = periods.flatMap((p) => p.workdays);
  const read = (date: string, path: string): DateTime => requireDay(date, h.zone, path);
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
        throw new FairdrawError('invalid-input', 'to', (t) =>
          t.calendar.spansTooMany(from, to, MAX_WALK_DAYS),
        );
      }
      const out: string[] = [];
      if (from > to) return out;
      if (from < start) walk(first, to < start ? to : isoOf(h.start.minus(ONE_DAY)), out);
      if (to >= start && from <= end) {
        const stop = bound(list, to, false);
        for (let i = bound(list, from, true); i < stop; i++) out.push(list[i]!);
      }
      if (to > end) walk(from > end ? first : h.end.plus(ONE_DAY), to, out);
      return out;
    },
  };
}

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
