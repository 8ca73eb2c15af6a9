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
