import type { DateTime } from 'luxon';
import type { CalendarPeriod } from './Calendar.js';
import type { PeriodKind } from './HorizonSpec.js';
import { ONE_DAY } from './oneDay.js';
import { isoOf } from './readDay.js';
import { isWorkedDay, type WorkdayRule } from './workdayRule.js';

const STEP = { week: 'weeks', month: 'months', quarter: 'quarters' } as const;

/** The periods of a horizon and, for every day of the horizon, whether it is worked. */
export interface CutHorizon {
  periods: CalendarPeriod[];
  days: Map<string, boolean>;
}

/**
 * Cuts `[start, end]` into ISO weeks (Monday to Sunday), calendar months or calendar quarters, in the
 * zone of `start`. Each period is the full nominal period clipped to the horizon; the first and last
 * may be partial. Walks every day of every nominal period once, so the work is linear in the horizon.
 */
export function cutPeriods(start: DateTime, end: DateTime, kind: PeriodKind, rule: WorkdayRule): CutHorizon {
  const s = isoOf(start);
  const e = isoOf(end);
  const periods: CalendarPeriod[] = [];
  const days = new Map<string, boolean>();
  let cursor = start.startOf(kind);
  while (isoOf(cursor) <= e) {
    const nominalStart = isoOf(cursor);
    const next = cursor.plus({ [STEP[kind]]: 1 }).startOf(kind);
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
