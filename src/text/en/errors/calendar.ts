// The messages of the calendar (src/calendar): horizons, days, zones, official calendars.

const q = (value: unknown) => JSON.stringify(value);
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Messages about horizons, days and working days. */
export const calendar = {
  notObject: 'must be an object',
  weekdaysEmpty: 'must list at least one ISO weekday 1..7',
  /** `got`: the value as JSON. */
  notWeekday: (got: string) => `must be an ISO weekday 1..7, got ${got}`,
  repeatsWeekday: (weekday: number) => `repeats weekday ${weekday}`,
  notDateList: 'must be a list of ISO dates',
  outsideHorizon: (date: string, start: string, end: string) =>
    `${q(date)} is outside the horizon ${start}..${end}`,
  repeatsDate: (date: string, at: string) => `repeats ${q(date)} (also ${at})`,
  /** `got`: the value as JSON. */
  notPeriod: (got: string) => `must be "day", "week", "month" or "quarter", got ${got}`,
  startAfterEnd: (endPath: string, start: string, end: string) =>
    `must not be after ${endPath} (${start} > ${end})`,
  tooLong: (start: string, end: string, years: number) =>
    `the horizon ${start}..${end} is longer than ${years} years; plan it in parts`,
  alsoHoliday: (date: string, at: string) => `${q(date)} is also a holiday (${at}); a day cannot be both`,
  /** `weekday`: ISO, 1 (Monday) to 7 (Sunday). */
  alreadyWorkday: (date: string, weekday: number, workdaysPath: string) =>
    `${q(date)} is a ${WEEKDAYS[weekday]}, already a working day by ${workdaysPath}; list only days outside the pattern`,
  /** `date`: the value as JSON. */
  notIsoDate: (date: string) => `not a valid ISO date ${date} (expected yyyy-mm-dd)`,
  notValidDate: (date: string) => `not a valid ISO date ${date}`,
  skippedDay: (date: string, zone: string) =>
    `${q(date)} does not exist in zone ${zone} (the day was skipped)`,
  unknownCalendar: (name: string) => `unknown official calendar ${q(name)}`,
  /** `known`: the years the package covers (`2004..2026`); `missing`: those it does not, of the horizon. */
  calendarNoData: (name: string, source: string, missing: string, known: string, root: string, at: string) =>
    `calendar ${q(name)} (${source}) has no data for ${missing}: it knows ${known}. List the public holidays and adjusted working days of ${missing} by hand in ` +
    `${root}.holidays and ${root}.extraWorkdays, and leave out ${at}`,
  noYear: 'no year',
  addWorkdaysRange: (max: number, n: number) => `must be a whole number of working days 0..${max}, got ${n}`,
  fewWorkdays: (n: number, days: number, date: string) =>
    `fewer than ${n} working days in the ${days} days after ${date}`,
  spansTooMany: (from: string, to: string, days: number) => `${from}..${to} spans more than ${days} days`,
  countNotWhole: (count: number) => `must be a whole number >= 0, got ${count}`,
  noWorkdayForVisits: (count: number) => `${count} visits but no working day to put them on`,
};
