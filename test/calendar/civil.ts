/**
 * An independent oracle for calendar tests: proleptic Gregorian dates as integer day numbers
 * (days since 1970-01-01), after Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms"
 * (days_from_civil / civil_from_days). No luxon, no Date: nothing shared with the code under test.
 */
export function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of day number `n`. */
export function isoOf(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of day number `n`; 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the first day of the ISO week, month or quarter containing day `n`. */
export function nominalStartOf(n: number, kind: 'week' | 'month' | 'quarter'): number {
  if (kind === 'week') return n - (weekdayOf(n) - 1);
  const iso = isoOf(n);
  const m = Number(iso.slice(5, 7));
  const month = kind === 'month' ? m : 3 * Math.floor((m - 1) / 3) + 1;
  return dayNumber(`${iso.slice(0, 4)}-${String(month).padStart(2, '0')}-01`);
}

/** The oracle's working-day rule. */
export function oracleIsWorkday(
  n: number,
  workdays: readonly number[],
  holidays: ReadonlySet<string>,
  extra: ReadonlySet<string>,
): boolean {
  const iso = isoOf(n);
  if (extra.has(iso)) return true;
  return workdays.includes(weekdayOf(n)) && !holidays.has(iso);
}
