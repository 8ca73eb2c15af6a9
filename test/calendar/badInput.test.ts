import { describe, expect, it } from 'vitest';
import { addWorkdays, nextWorkday } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { HorizonSpec } from '../../src/calendar/Calendar.js';
import { isValidZone } from '../../src/calendar/checkHorizon.js';
import { periodIndexOf } from '../../src/calendar/days.js';
import { rejection as caught } from '../model/refusals.js';

const good: HorizonSpec = {
  start: '2026-01-05',
  end: '2026-12-27',
  zone: 'Asia/Shanghai',
  period: 'week',
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-02-16', '2026-02-17', '2026-05-01'],
  extraWorkdays: ['2026-02-14'],
};

const bad = (over: Partial<HorizonSpec>) => caught(() => buildCalendar({ ...good, ...over } as HorizonSpec));

describe('isValidZone', () => {
  it('accepts IANA zones and rejects misspellings, offsets and empty strings', () => {
    expect(['Asia/Shanghai', 'Europe/Paris', 'America/New_York', 'UTC'].every(isValidZone)).toBe(true);
    expect(['Asia/Shanghia', '+08:00', '', 'Mars/Olympus'].some(isValidZone)).toBe(false);
  });
});

describe('buildCalendar rejects bad horizons with a FairdrawError naming the field', () => {
  const cases: [string, Partial<HorizonSpec>, string, string][] = [
    [
      'a date that does not exist',
      { start: '2026-02-30' },
      'horizon.start',
      'horizon.start: not a valid ISO date "2026-02-30"',
    ],
    [
      'a date in another format',
      { end: '2026-12-27T00:00' },
      'horizon.end',
      'not a valid ISO date "2026-12-27T00:00" (expected yyyy-mm-dd)',
    ],
    [
      'start after end',
      { start: '2026-12-28', end: '2026-12-27' },
      'horizon.start',
      'must not be after horizon.end (2026-12-28 > 2026-12-27)',
    ],
    [
      'an unknown zone',
      { zone: 'Asia/Shanghia' },
      'horizon.zone',
      'horizon.zone: unknown IANA zone "Asia/Shanghia"',
    ],
    [
      'an unknown period',
      { period: 'fortnight' as 'week' },
      'horizon.period',
      'must be "day", "week", "month" or "quarter"',
    ],
    ['no workdays', { workdays: [] }, 'horizon.workdays', 'must list at least one ISO weekday 1..7'],
    ['weekday 8', { workdays: [1, 8] }, 'horizon.workdays[1]', 'must be an ISO weekday 1..7, got 8'],
    ['a repeated weekday', { workdays: [1, 2, 1] }, 'horizon.workdays[2]', 'repeats weekday 1'],
    [
      'a holiday outside the horizon',
      { holidays: ['2026-02-16', '2026-02-17', '2026-12-31'] },
      'horizon.holidays[2]',
      'horizon.holidays[2]: "2026-12-31" is outside the horizon 2026-01-05..2026-12-27',
    ],
    [
      'a holiday that is not a date',
      { holidays: ['2026-02-16', 'May 1'] },
      'horizon.holidays[1]',
      'not a valid ISO date "May 1"',
    ],
    [
      'a repeated holiday',
      { holidays: ['2026-02-16', '2026-02-16'] },
      'horizon.holidays[1]',
      'repeats "2026-02-16" (also horizon.holidays[0])',
    ],
    [
      'an extra working day outside the horizon',
      { extraWorkdays: ['2026-01-04'] },
      'horizon.extraWorkdays[0]',
      '"2026-01-04" is outside the horizon',
    ],
    [
      'a day both holiday and extra working day',
      { holidays: ['2026-02-14'], extraWorkdays: ['2026-02-14'] },
      'horizon.extraWorkdays[0]',
      '"2026-02-14" is also a holiday (horizon.holidays[0]); a day cannot be both',
    ],
    [
      'an extra working day the pattern already works',
      { extraWorkdays: ['2026-02-14', '2026-02-13'] },
      'horizon.extraWorkdays[1]',
      'horizon.extraWorkdays[1]: "2026-02-13" is a Friday, already a working day by horizon.workdays',
    ],
    [
      'a horizon longer than 10 years',
      { start: '2026-01-05', end: '2036-01-05', holidays: [], extraWorkdays: [] },
      'horizon.end',
      'the horizon 2026-01-05..2036-01-05 is longer than 10 years',
    ],
    ['a mistyped year', { end: '20266-12-27' }, 'horizon.end', 'not a valid ISO date "20266-12-27"'],
  ];
  for (const [what, over, path, message] of cases) {
    it(what, () => {
      const e = bad(over);
      expect(e.code).toBe('invalid-input');
      expect(e.path).toBe(path);
      expect(e.message).toContain(message);
      expect(e.message.startsWith(`${path}: `)).toBe(true);
    });
  }

  it('a horizon of exactly 10 years minus a day is accepted', () => {
    const cal = buildCalendar({
      ...good,
      start: '2026-01-05',
      end: '2036-01-04',
      holidays: [],
      extraWorkdays: [],
    });
    expect(cal.periods.at(-1)!.end).toBe('2036-01-04');
  });

  it('lists every problem, not only the first', () => {
    const e = bad({ holidays: ['2026-02-30', '2027-01-01'], extraWorkdays: ['2026-02-16', '2026-03-02'] });
    expect(e.problems.map((p) => p.path)).toEqual([
      'horizon.holidays[0]',
      'horizon.holidays[1]',
      'horizon.extraWorkdays[0]',
      'horizon.extraWorkdays[1]',
    ]);
  });

  it('uses the root path given by the caller', () => {
    const e = caught(() => buildCalendar({ ...good, zone: 'Nowhere/City' }, 'plan.horizon'));
    expect(e.message).toBe('plan.horizon.zone: unknown IANA zone "Nowhere/City"');
  });

  it('rejects non-objects and non-string dates without crashing', () => {
    expect(caught(() => buildCalendar(null as unknown as HorizonSpec)).path).toBe('horizon');
    expect(bad({ start: 20260105 as unknown as string }).path).toBe('horizon.start');
    expect(bad({ holidays: '2026-02-16' as unknown as string[] }).path).toBe('horizon.holidays');
  });
});

describe('calendar functions reject bad arguments', () => {
  const cal = buildCalendar(good);
  it('isWorkday / workdaysBetween / periodIndexOf name the argument', () => {
    expect(caught(() => cal.isWorkday('2026-13-01')).message).toBe('date: not a valid ISO date "2026-13-01"');
    expect(caught(() => cal.workdaysBetween('x', '2026-01-05')).path).toBe('from');
    expect(caught(() => cal.workdaysBetween('2026-01-05', '2026-1-6')).path).toBe('to');
    expect(caught(() => cal.workdaysBetween('2000-01-01', '2030-01-01')).message).toContain(
      'spans more than',
    );
    expect(caught(() => periodIndexOf(cal, '2026-02-29', 'directed[0].date')).message).toBe(
      'directed[0].date: not a valid ISO date "2026-02-29"',
    );
  });

  it("addWorkdays / nextWorkday name the caller's fields", () => {
    const paths = { date: 'findings[2].date', n: 'findings[2].deadlineWorkdays' };
    expect(caught(() => addWorkdays(cal, '2026-04-31', 5, paths)).message).toBe(
      'findings[2].date: not a valid ISO date "2026-04-31"',
    );
    expect(caught(() => addWorkdays(cal, '2026-04-29', -1, paths)).message).toBe(
      'findings[2].deadlineWorkdays: must be a whole number of working days 0..3660, got -1',
    );
    expect(caught(() => addWorkdays(cal, '2026-04-29', 2.5)).path).toBe('n');
    expect(caught(() => addWorkdays(cal, '2026-04-29', 1e9)).path).toBe('n');
    expect(caught(() => nextWorkday(cal, '')).path).toBe('date');
  });
});
