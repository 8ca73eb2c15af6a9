/** How a horizon is cut into periods: ISO weeks (Monday to Sunday), calendar months or quarters. */
export type PeriodKind = 'week' | 'month' | 'quarter';

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
