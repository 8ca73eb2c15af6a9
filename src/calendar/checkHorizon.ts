import type { DateTime } from 'luxon';
import { FairdrawError, type FairdrawProblem } from '../model/FairdrawError.js';
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
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function fail(problems: FairdrawProblem[]): never {
  const first = problems[0]!;
  throw new FairdrawError('invalid-input', first.path, first.message, problems);
}

function checkWorkdays(workdays: unknown, path: string, problems: FairdrawProblem[]): Set<number> {
  const set = new Set<number>();
  if (!Array.isArray(workdays) || workdays.length === 0) {
    problems.push({ path, message: 'must list at least one ISO weekday 1..7' });
    return set;
  }
  workdays.forEach((d: unknown, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) {
      problems.push({
        path: `${path}[${i}]`,
        message: `must be an ISO weekday 1..7, got ${JSON.stringify(d)}`,
      });
    } else if (set.has(d)) {
      problems.push({ path: `${path}[${i}]`, message: `repeats weekday ${d}` });
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
    problems.push({ path, message: 'must be a list of ISO dates' });
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
    if (!read.ok) problems.push({ path: at, message: read.message });
    else if (out) {
      problems.push({ path: at, message: `${JSON.stringify(date)} is outside the horizon ${start}..${end}` });
    } else if (days.has(date as string)) {
      problems.push({
        path: at,
        message: `repeats ${JSON.stringify(date)} (also ${path}[${days.get(date as string)}])`,
      });
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
  if (h === null || typeof h !== 'object') fail([{ path: root, message: 'must be an object' }]);
  const zoneError = zoneProblem(h.zone);
  if (zoneError !== undefined) fail([{ path: p('zone'), message: zoneError }]);
  const zone = h.zone;
  const problems: FairdrawProblem[] = [];
  const start = readDay(h.start, zone);
  const end = readDay(h.end, zone);
  if (!start.ok) problems.push({ path: p('start'), message: start.message });
  if (!end.ok) problems.push({ path: p('end'), message: end.message });
  if (!PERIODS.includes(h.period)) {
    problems.push({
      path: p('period'),
      message: `must be "week", "month" or "quarter", got ${JSON.stringify(h.period)}`,
    });
  }
  const workdays = checkWorkdays(h.workdays, p('workdays'), problems);
  if (!start.ok || !end.ok) fail(problems);
  const s = isoOf(start.day);
  const e = isoOf(end.day);
  if (s > e) problems.push({ path: p('start'), message: `must not be after ${p('end')} (${s} > ${e})` });
  else if (isoOf(start.day.plus({ years: MAX_HORIZON_YEARS })) <= e) {
    problems.push({
      path: p('end'),
      message: `the horizon ${s}..${e} is longer than ${MAX_HORIZON_YEARS} years; plan it in parts`,
    });
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
      problems.push({
        path: at,
        message: `${JSON.stringify(date)} is also a holiday (${p('holidays')}[${hol}]); a day cannot be both`,
      });
    } else if (workdays.has(weekday)) {
      problems.push({
        path: at,
        message: `${JSON.stringify(date)} is a ${WEEKDAY_NAMES[weekday]}, already a working day by ${p('workdays')}; list only days outside the pattern`,
      });
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
