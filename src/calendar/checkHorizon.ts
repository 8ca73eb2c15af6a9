import type { DateTime } from 'luxon';
import { FairdrawError, type FairdrawProblem, problem } from '../model/FairdrawError.js';
import { zoneProblem } from '../model/zoneProblem.js';
import type { HorizonSpec, PeriodKind } from './Calendar.js';
import { isoOf, readDay, type WorkdayRule } from './days.js';

/** A horizon may span at most this many years (a guard against hangs on mistyped years). */
export const MAX_HORIZON_YEARS = 10;

/** A horizon that passed {@link checkHorizon}: its bounds read in its zone and its day rule as sets. */
export interface CheckedHorizon extends WorkdayRule {
  zone: string;
  period: PeriodKind;
  start: DateTime;
  end: DateTime;
  /** How many listed holidays and extra working days lay outside the horizon (with `outside: 'ignore'`). */
  ignored: { holidays: number; extraWorkdays: number };
}

/** Options of {@link checkHorizon}. */
export interface CheckHorizonOptions {
  /**
   * What a listed holiday or extra working day outside `[start, end]` is: an error (`'error'`, the
   * default, for a calendar built on its own), or a day that is counted and left out (`'ignore'`, for
   * a plan file, which may carry a whole year's official list).
   */
  outside?: 'error' | 'ignore';
}

/**
 * Whether a horizon accepts `zone`: an IANA time zone known to this runtime (luxon's
 * `IANAZone.isValidZone`), written as IANA spells it (`Asia/Shanghai`, not `asia/shanghai`; see
 * `zoneProblem`). Fixed offsets such as `+08:00` are not zones.
 */
export function isValidZone(zone: string): boolean {
  return zoneProblem(zone) === undefined;
}

const PERIODS: readonly string[] = ['day', 'week', 'month', 'quarter'];

function fail(problems: FairdrawProblem[]): never {
  const first = problems[0]!;
  throw new FairdrawError('invalid-input', first.path, first.message, problems);
}

function checkWorkdays(workdays: unknown, path: string, problems: FairdrawProblem[]): Set<number> {
  const set = new Set<number>();
  if (!Array.isArray(workdays) || workdays.length === 0) {
    problems.push(problem(path, (t) => t.calendar.weekdaysEmpty));
    return set;
  }
  workdays.forEach((d: unknown, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) {
      const got = `${JSON.stringify(d)}`;
      problems.push(problem(`${path}[${i}]`, (t) => t.calendar.notWeekday(got)));
    } else if (set.has(d)) {
      problems.push(problem(`${path}[${i}]`, (t) => t.calendar.repeatsWeekday(d)));
    } else set.add(d);
  });
  return set;
}

/** The dates of a list that lie in the horizon, first index by date, and how many lay outside it. */
interface ListedDays {
  days: Map<string, number>;
  weekdays: Map<string, number>;
  outside: number;
}

/**
 * Reads a list of dates that must lie in `[start, end]`; with `ignoreOutside`, a date outside it is only
 * counted (it must be an existing calendar date, read in UTC: whether the zone skipped it does not
 * matter). Returns the valid dates inside the horizon, first index by date.
 */
function checkDates(
  dates: unknown,
  path: string,
  zone: string,
  [start, end]: readonly [string, string],
  ignoreOutside: boolean,
  problems: FairdrawProblem[],
): ListedDays {
  const days = new Map<string, number>();
  const weekdays = new Map<string, number>();
  let outside = 0;
  if (!Array.isArray(dates)) {
    problems.push(problem(path, (t) => t.calendar.notDateList));
    return { days, weekdays, outside };
  }
  dates.forEach((date: unknown, i) => {
    const at = `${path}[${i}]`;
    const out = typeof date === 'string' && (date < start || date > end);
    if (out && ignoreOutside && readDay(date, 'UTC').ok) {
      outside += 1;
      return;
    }
    const read = readDay(date, zone);
    if (!read.ok) problems.push(problem(at, read.message));
    else if (out) {
      problems.push(problem(at, (t) => t.calendar.outsideHorizon(date, start, end)));
    } else if (days.has(date as string)) {
      const also = `${path}[${days.get(date as string)}]`;
      problems.push(problem(at, (t) => t.calendar.repeatsDate(date as string, also)));
    } else {
      days.set(date as string, i);
      weekdays.set(date as string, read.day.weekday);
    }
  });
  return { days, weekdays, outside };
}

/**
 * Checks a horizon and reads it in its zone. Collects every problem and throws one
 * `FairdrawError` (`invalid-input`) naming the first, e.g. `horizon.zone: unknown IANA zone "Asia/Shanghia"`
 * (a zone must also be written as IANA spells it: `zoneProblem`).
 *
 * A listed holiday or extra working day outside the horizon is an error, unless `options.outside` is
 * `'ignore'`: then it is counted in `ignored` and left out of the day rule, and the other checks of the
 * lists (repeats, a day in both lists, an extra day the pattern works) apply to the days inside only.
 *
 * @param h - the horizon.
 * @param root - prefix of every path (`horizon`).
 * @param options - `outside`: what a listed day outside the horizon is (default `'error'`).
 */
export function checkHorizon(
  h: HorizonSpec,
  root = 'horizon',
  options: CheckHorizonOptions = {},
): CheckedHorizon {
  const p = (field: string) => (root ? `${root}.${field}` : field);
  if (h === null || typeof h !== 'object') fail([problem(root, (t) => t.calendar.notObject)]);
  const zoneError = zoneProblem(h.zone);
  if (zoneError !== undefined) fail([problem(p('zone'), zoneError)]);
  const zone = h.zone;
  const problems: FairdrawProblem[] = [];
  const start = readDay(h.start, zone);
  const end = readDay(h.end, zone);
  if (!start.ok) problems.push(problem(p('start'), start.message));
  if (!end.ok) problems.push(problem(p('end'), end.message));
  if (!PERIODS.includes(h.period)) {
    const got = `${JSON.stringify(h.period)}`;
    problems.push(problem(p('period'), (t) => t.calendar.notPeriod(got)));
  }
  const workdays = checkWorkdays(h.workdays, p('workdays'), problems);
  if (!start.ok || !end.ok) fail(problems);
  const s = isoOf(start.day);
  const e = isoOf(end.day);
  if (s > e) problems.push(problem(p('start'), (t) => t.calendar.startAfterEnd(p('end'), s, e)));
  else if (isoOf(start.day.plus({ years: MAX_HORIZON_YEARS })) <= e) {
    problems.push(problem(p('end'), (t) => t.calendar.tooLong(s, e, MAX_HORIZON_YEARS)));
  }
  if (problems.length > 0) fail(problems);
  const ignore = options.outside === 'ignore';
  const holidays = checkDates(h.holidays, p('holidays'), zone, [s, e], ignore, problems);
  const extra = checkDates(h.extraWorkdays, p('extraWorkdays'), zone, [s, e], ignore, problems);
  for (const [date, i] of extra.days) {
    const at = `${p('extraWorkdays')}[${i}]`;
    const hol = holidays.days.get(date);
    const weekday = extra.weekdays.get(date)!;
    if (hol !== undefined) {
      problems.push(problem(at, (t) => t.calendar.alsoHoliday(date, `${p('holidays')}[${hol}]`)));
    } else if (workdays.has(weekday)) {
      problems.push(problem(at, (t) => t.calendar.alreadyWorkday(date, weekday, p('workdays'))));
    }
  }
  if (problems.length > 0) fail(problems);
  return {
    zone,
    period: h.period,
    start: start.day,
    end: end.day,
    workdays,
    holidays: new Set(holidays.days.keys()),
    extraWorkdays: new Set(extra.days.keys()),
    ignored: { holidays: holidays.outside, extraWorkdays: extra.outside },
  };
}
