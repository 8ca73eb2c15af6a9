/** How a horizon is cut into periods: ISO weeks (Monday to Sunday), calendar months or quarters. */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter';

/**
 * The planning window as the calendar reads it. The zod schema of the plan file (`horizonSchema`)
 * produces this shape; {@link buildCalendar} re-checks it, so the calendar is safe to call on its own.
 *
 * Every date is an ISO calendar date `yyyy-mm-dd`, read in `zone`.
 */
export interface HorizonSpec {
  /** First day of the horizon (inclusive). */
  start: string;
  /** Last day of the horizon (inclusive). */
  end: string;
  /** IANA zone in which every date is read, e.g. `Asia/Shanghai`. */
  zone: string;
  /** How the horizon is cut into periods. */
  period: PeriodKind;
  /** ISO weekdays (1 = Monday .. 7 = Sunday) on which visits happen. */
  workdays: readonly number[];
  /** Dates inside the horizon on which no visit happens, whatever their weekday. */
  holidays: readonly string[];
  /** Dates inside the horizon outside the weekday pattern that are worked (adjusted working days). */
  extraWorkdays: readonly string[];
}

/** One period of a horizon: an ISO week, a month or a quarter, clipped to the horizon. */
export interface CalendarPeriod {
  /** Position in the horizon, 0 for the first period. */
  index: number;
  /** First day of the period inside the horizon. */
  start: string;
  /** Last day of the period inside the horizon. */
  end: string;
  /** First day of the full ISO week, month or quarter. */
  nominalStart: string;
  /** Last day of the full ISO week, month or quarter. */
  nominalEnd: string;
  /** True when the horizon cuts the period (`start !== nominalStart` or `end !== nominalEnd`). */
  partial: boolean;
  /** Working days in `[start, end]`, ascending. */
  workdays: string[];
  /**
   * Pattern working days (ISO weekday in `workdays`) in the full nominal period, holidays and extra
   * working days ignored: the yardstick against which a period's budget is prorated.
   */
  nominalWorkdays: number;
}

/** A horizon cut into periods, with its working-day rule. Built by {@link buildCalendar}. */
export interface Calendar {
  /** IANA zone in which every date is read. */
  zone: string;
  /** First day of the horizon. */
  start: string;
  /** Last day of the horizon. */
  end: string;
  /** How the horizon is cut. */
  period: PeriodKind;
  /**
   * The periods, in order; weeks, months and quarters tile `[start, end]` without gap or overlap,
   * daily periods are the worked days only.
   */
  periods: CalendarPeriod[];
  /**
   * Whether `date` is a working day: its ISO weekday is in the pattern and it is not a holiday, or
   * it is an extra working day. Dates outside the horizon follow the same rule (pattern, listed
   * holidays, listed extra days). Throws a `FairdrawError` (path `date`) when `date` is not a date.
   */
  isWorkday(date: string): boolean;
  /** The working days in `[from, to]` (both inclusive), ascending; empty when `from > to`. */
  workdaysBetween(from: string, to: string): string[];
}
