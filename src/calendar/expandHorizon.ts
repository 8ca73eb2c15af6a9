import { FairdrawError } from '../model/FairdrawError.js';
import type { HorizonSpec } from './Calendar.js';
import { checkHorizon } from './checkHorizon.js';
import { readDay } from './days.js';
import type { OfficialCalendar } from './officialCalendar.js';

/** A horizon with its days written out, and how many listed days it left out. */
export interface ExpandedHorizon<H> {
  /** The horizon without `calendar`, its `holidays` and `extraWorkdays` those inside `[start, end]`. */
  horizon: Omit<H, 'calendar'>;
  /** How many listed holidays and extra working days lay outside the horizon and were left out. */
  ignored: { holidays: number; extraWorkdays: number };
}

/** `2004..2026` for consecutive years, else the years joined by commas. */
function yearsText(years: readonly number[]): string | undefined {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return last - first + 1 === years.length ? `${first}..${last}` : years.join(', ');
}

/** The ascending union of `lists`, without the days of `without`. */
function union(lists: readonly (readonly string[])[], without: ReadonlySet<string>): string[] {
  const all = new Set(lists.flat());
  return [...all].filter((d) => !without.has(d)).sort();
}

/**
 * Writes out the days of a horizon: what a plan's input hash and its calendar are computed from, so
 * that a schedule depends on the days themselves, never on where they came from (docs/calendar.md,
 * "Official calendars").
 *
 * - The lists are checked as written (`checkHorizon`, paths naming the plan file's own entries), and
 *   a listed holiday or extra working day outside `[start, end]` is left out and counted in `ignored`.
 * - Without `calendar`, the days inside the horizon are kept in the order written: a plan with no day
 *   outside its horizon comes out unchanged.
 * - With `calendar` (`official` is its data), every year the horizon touches must be one the data
 *   covers. The lists become the ascending union of the official days inside the horizon and the
 *   listed ones: an official adjusted working day that the weekday pattern already works is left out,
 *   and a day listed by hand wins over the official calendar (a listed holiday is no extra working
 *   day, a listed extra working day no holiday). `calendar` itself is dropped.
 *
 * Pure: the same horizon and the same data always give the same lists.
 *
 * @param h - the horizon as the plan file gives it (defaults applied), `calendar` optional.
 * @param official - the data of the calendar `h.calendar` names (ignored when it names none).
 * @param root - the horizon's path in error messages.
 * @throws {FairdrawError} `invalid-input`: any error of `checkHorizon` but a day outside the horizon;
 *   `<root>.calendar` when the calendar has no data for a year of the horizon, or is not `official`.
 */
export function expandHorizon<H extends HorizonSpec & { calendar?: string | undefined }>(
  h: H,
  official: OfficialCalendar | undefined,
  root = 'horizon',
): ExpandedHorizon<H> {
  const { calendar, ...written } = h;
  const checked = checkHorizon(written, root, { outside: 'ignore' });
  const { ignored } = checked;
  if (calendar === undefined) {
    if (ignored.holidays === 0 && ignored.extraWorkdays === 0) return { horizon: written, ignored };
    const horizon = {
      ...written,
      holidays: [...checked.holidays],
      extraWorkdays: [...checked.extraWorkdays],
    };
    return { horizon, ignored };
  }
  const at = root ? `${root}.calendar` : 'calendar';
  if (official === undefined || official.name !== calendar) {
    throw new FairdrawError('invalid-input', at, (t) => t.calendar.unknownCalendar(calendar));
  }
  const known = new Set(official.years);
  const missing: number[] = [];
  for (let year = checked.start.year; year <= checked.end.year; year++) {
    if (!known.has(year)) missing.push(year);
  }
  if (missing.length > 0) {
    const them = missing.join(', ');
    const source = `${official.package}@${official.version}`;
    const known = yearsText(official.years);
    throw new FairdrawError('invalid-input', at, (t) =>
      t.calendar.calendarNoData(calendar, source, them, known ?? t.calendar.noYear, root, at),
    );
  }
  const start = h.start;
  const end = h.end;
  const inside = (days: readonly string[], keep: (weekday: number) => boolean) =>
    days.filter((d) => {
      if (d < start || d > end) return false;
      const read = readDay(d, checked.zone);
      return read.ok && keep(read.day.weekday);
    });
  const holidays = inside(official.holidays, () => true);
  const extraWorkdays = inside(official.extraWorkdays, (weekday) => !checked.workdays.has(weekday));
  const horizon = {
    ...written,
    holidays: union([holidays, [...checked.holidays]], checked.extraWorkdays),
    extraWorkdays: union([extraWorkdays, [...checked.extraWorkdays]], checked.holidays),
  };
  return { horizon, ignored };
}
