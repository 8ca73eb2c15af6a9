import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { HorizonSpec } from '../../src/calendar/Calendar.js';

const base: HorizonSpec = {
  start: '2026-01-05',
  end: '2026-12-27',
  zone: 'Asia/Shanghai',
  period: 'week',
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
  extraWorkdays: [],
};

describe('buildCalendar: weeks', () => {
  it('cuts 2026-01-05..2026-12-27 into the 51 full ISO weeks 2..52', () => {
    const cal = buildCalendar(base);
    expect(cal.periods).toHaveLength(51);
    expect(cal.periods.every((p) => !p.partial && p.workdays.length === 5 && p.nominalWorkdays === 5)).toBe(
      true,
    );
    expect(cal.periods[0]).toMatchObject({ index: 0, start: '2026-01-05', end: '2026-01-11' });
    expect(cal.periods[50]).toMatchObject({ index: 50, start: '2026-12-21', end: '2026-12-27' });
  });

  it('clips a partial first and last week and keeps the nominal week beside it', () => {
    const cal = buildCalendar({ ...base, start: '2026-01-01', end: '2026-01-20' });
    expect(cal.periods.map((p) => [p.start, p.end, p.nominalStart, p.nominalEnd, p.partial])).toEqual([
      ['2026-01-01', '2026-01-04', '2025-12-29', '2026-01-04', true],
      ['2026-01-05', '2026-01-11', '2026-01-05', '2026-01-11', false],
      ['2026-01-12', '2026-01-18', '2026-01-12', '2026-01-18', false],
      ['2026-01-19', '2026-01-20', '2026-01-19', '2026-01-25', true],
    ]);
    expect(cal.periods[0]!.workdays).toEqual(['2026-01-01', '2026-01-02']);
    expect(cal.periods[0]!.nominalWorkdays).toBe(5);
    expect(cal.periods[3]!.workdays).toEqual(['2026-01-19', '2026-01-20']);
    expect(cal.periods[3]!.nominalWorkdays).toBe(5);
  });

  it('a one-day horizon on a Sunday is one partial week with no working day', () => {
    const cal = buildCalendar({ ...base, start: '2026-03-08', end: '2026-03-08' });
    expect(cal.periods).toEqual([
      {
        index: 0,
        start: '2026-03-08',
        end: '2026-03-08',
        nominalStart: '2026-03-02',
        nominalEnd: '2026-03-08',
        partial: true,
        workdays: [],
        nominalWorkdays: 5,
      },
    ]);
  });

  it('handles an ISO week that straddles the new year (2026-W53 runs 2026-12-28..2027-01-03)', () => {
    const cal = buildCalendar({ ...base, start: '2026-12-28', end: '2027-01-10' });
    expect(cal.periods.map((p) => [p.start, p.end, p.partial])).toEqual([
      ['2026-12-28', '2027-01-03', false],
      ['2027-01-04', '2027-01-10', false],
    ]);
  });
});

describe('buildCalendar: months and quarters', () => {
  it('cuts months, including February of a leap year, with partial ends', () => {
    const cal = buildCalendar({ ...base, period: 'month', start: '2028-01-15', end: '2028-04-10' });
    expect(cal.periods.map((p) => [p.start, p.end, p.nominalStart, p.nominalEnd, p.partial])).toEqual([
      ['2028-01-15', '2028-01-31', '2028-01-01', '2028-01-31', true],
      ['2028-02-01', '2028-02-29', '2028-02-01', '2028-02-29', false],
      ['2028-03-01', '2028-03-31', '2028-03-01', '2028-03-31', false],
      ['2028-04-01', '2028-04-10', '2028-04-01', '2028-04-30', true],
    ]);
    // January 2028: 21 weekdays in the month, 11 of them on or after the 15th.
    expect(cal.periods[0]!.nominalWorkdays).toBe(21);
    expect(cal.periods[0]!.workdays).toHaveLength(11);
    expect(cal.periods[1]!.nominalWorkdays).toBe(21);
  });

  it('cuts quarters', () => {
    const cal = buildCalendar({ ...base, period: 'quarter', start: '2026-02-01', end: '2026-12-31' });
    expect(cal.periods.map((p) => [p.start, p.end, p.nominalStart, p.nominalEnd, p.partial])).toEqual([
      ['2026-02-01', '2026-03-31', '2026-01-01', '2026-03-31', true],
      ['2026-04-01', '2026-06-30', '2026-04-01', '2026-06-30', false],
      ['2026-07-01', '2026-09-30', '2026-07-01', '2026-09-30', false],
      ['2026-10-01', '2026-12-31', '2026-10-01', '2026-12-31', false],
    ]);
    expect(cal.periods.map((p) => p.nominalWorkdays)).toEqual([64, 65, 66, 66]);
    expect(cal.periods[0]!.workdays).toHaveLength(64 - 22);
  });
});

describe('buildCalendar: holidays and adjusted working days', () => {
  const china = buildCalendar({
    ...base,
    holidays: [
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ],
    extraWorkdays: ['2026-02-14', '2026-02-28'],
  });
  const week = (start: string) => china.periods.find((p) => p.start === start)!;

  it('a week before Spring Festival works its Saturday (6 working days)', () => {
    expect(week('2026-02-09').workdays).toEqual([
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
    ]);
    expect(week('2026-02-09').nominalWorkdays).toBe(5);
  });

  it('the Spring Festival week has no working day; its nominal count ignores holidays', () => {
    expect(week('2026-02-16').workdays).toEqual([]);
    expect(week('2026-02-16').nominalWorkdays).toBe(5);
    expect(week('2026-02-16').partial).toBe(false);
  });

  it('the week after loses Monday 23 and gains Saturday 28', () => {
    expect(week('2026-02-23').workdays).toEqual([
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });

  it('isWorkday and workdaysBetween apply the same rule, also outside the horizon', () => {
    expect(china.isWorkday('2026-02-14')).toBe(true);
    expect(china.isWorkday('2026-02-16')).toBe(false);
    expect(china.isWorkday('2026-02-21')).toBe(false);
    expect(china.isWorkday('2026-03-02')).toBe(true);
    expect(china.isWorkday('2027-01-04')).toBe(true);
    expect(china.isWorkday('2027-01-09')).toBe(false);
    expect(china.workdaysBetween('2026-02-12', '2026-02-25')).toEqual([
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
    ]);
    expect(china.workdaysBetween('2026-02-25', '2026-02-24')).toEqual([]);
    expect(china.workdaysBetween('2026-12-24', '2027-01-01')).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('a six-day pattern and a holiday on a non-pattern day are fine', () => {
    const cal = buildCalendar({
      ...base,
      start: '2026-06-01',
      end: '2026-06-14',
      workdays: [1, 2, 3, 4, 5, 6],
      holidays: ['2026-06-07', '2026-06-13'],
    });
    expect(cal.periods.map((p) => p.workdays.length)).toEqual([6, 5]);
    expect(cal.periods.map((p) => p.nominalWorkdays)).toEqual([6, 6]);
  });

  it('the calendar is plain data plus two functions and echoes its horizon', () => {
    const cal = buildCalendar({ ...base, period: 'month' });
    expect([cal.zone, cal.start, cal.end, cal.period]).toEqual([
      'Asia/Shanghai',
      '2026-01-05',
      '2026-12-27',
      'month',
    ]);
    expect(JSON.parse(JSON.stringify(cal.periods))).toEqual(cal.periods);
  });
});
