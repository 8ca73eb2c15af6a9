import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { HorizonSpec } from '../../src/calendar/Calendar.js';
import { dayNumber, isoOf, weekdayOf } from './civil.js';

const spec = (zone: string, over: Partial<HorizonSpec> = {}): HorizonSpec => ({
  start: '2026-01-05',
  end: '2026-12-27',
  zone,
  period: 'week',
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
  extraWorkdays: [],
  ...over,
});

/** Every calendar date from `start` to `end`, from the oracle. */
function allDays(start: string, end: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(start); n <= dayNumber(end); n++) out.push(isoOf(n));
  return out;
}

// Zones with DST changes at 02:00/03:00 (Paris, New York), at midnight (Santiago, Havana, Beirut:
// midnight itself does not exist on the day clocks go forward), a half-hour DST (Lord Howe) and none.
const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Shanghai',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'UTC',
];

describe('zones: DST changes never shift a calendar date', () => {
  for (const period of ['week', 'month', 'quarter'] as const) {
    it(`${period}: every zone cuts 2026 into the same periods and working days`, () => {
      const ref = buildCalendar(spec('Asia/Shanghai', { period }));
      for (const zone of ZONES) {
        const cal = buildCalendar(spec(zone, { period }));
        expect(cal.periods, zone).toEqual(ref.periods);
      }
    });
  }

  for (const zone of ZONES) {
    it(`${zone}: the working days of 2026 are exactly the oracle's Mondays..Fridays`, () => {
      const cal = buildCalendar(spec(zone));
      const expected = allDays('2026-01-05', '2026-12-27').filter((d) => weekdayOf(dayNumber(d)) <= 5);
      expect(cal.periods.flatMap((p) => p.workdays)).toEqual(expected);
      expect(cal.workdaysBetween('2026-01-05', '2026-12-27')).toEqual(expected);
    });
  }

  it('Europe/Paris: the weeks around 2026-03-29 and 2026-10-25 (Sundays of the changes) are whole', () => {
    const cal = buildCalendar(
      spec('Europe/Paris', { start: '2026-03-23', end: '2026-11-01', workdays: [1, 2, 3, 4, 5, 6, 7] }),
    );
    const march = cal.periods[0]!;
    expect([march.start, march.end, march.workdays.length]).toEqual(['2026-03-23', '2026-03-29', 7]);
    expect(march.workdays.at(-1)).toBe('2026-03-29');
    expect(cal.periods[1]!.start).toBe('2026-03-30');
    const october = cal.periods.at(-1)!;
    expect([october.start, october.end, october.workdays.length]).toEqual(['2026-10-26', '2026-11-01', 7]);
    const oct25 = cal.periods.at(-2)!;
    expect([oct25.start, oct25.end]).toEqual(['2026-10-19', '2026-10-25']);
    expect(cal.isWorkday('2026-03-29')).toBe(true);
  });

  it('America/New_York: 2026-03-08 and 2026-11-01 (Sundays of the changes) and the days around them', () => {
    const cal = buildCalendar(
      spec('America/New_York', { start: '2026-03-01', end: '2026-11-30', period: 'month' }),
    );
    expect(cal.periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
      ['2026-06-01', '2026-06-30'],
      ['2026-07-01', '2026-07-31'],
      ['2026-08-01', '2026-08-31'],
      ['2026-09-01', '2026-09-30'],
      ['2026-10-01', '2026-10-31'],
      ['2026-11-01', '2026-11-30'],
    ]);
    expect(cal.workdaysBetween('2026-03-06', '2026-03-10')).toEqual([
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(cal.workdaysBetween('2026-10-30', '2026-11-03')).toEqual([
      '2026-10-30',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(addWorkdays(cal, '2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkdays(cal, '2026-10-30', 2)).toBe('2026-11-03');
  });

  it('America/Santiago: a horizon starting on a day whose midnight does not exist (2026-09-06)', () => {
    const cal = buildCalendar(
      spec('America/Santiago', { start: '2026-09-06', end: '2026-09-13', workdays: [7] }),
    );
    expect(cal.start).toBe('2026-09-06');
    expect(cal.periods.map((p) => [p.start, p.end, p.workdays])).toEqual([
      ['2026-09-06', '2026-09-06', ['2026-09-06']],
      ['2026-09-07', '2026-09-13', ['2026-09-13']],
    ]);
    expect(addWorkdays(cal, '2026-09-05', 1)).toBe('2026-09-06');
  });

  it('Asia/Shanghai: no DST, weeks of the Chinese year as expected', () => {
    const cal = buildCalendar(spec('Asia/Shanghai', { holidays: ['2026-10-01', '2026-10-02'] }));
    const week = cal.periods.find((p) => p.start === '2026-09-28')!;
    expect(week.workdays).toEqual(['2026-09-28', '2026-09-29', '2026-09-30']);
  });

  it('Pacific/Apia skipped 2011-12-30: the week has six days and the skipped date is rejected', () => {
    const cal = buildCalendar(
      spec('Pacific/Apia', { start: '2011-12-26', end: '2012-01-01', workdays: [1, 2, 3, 4, 5, 6, 7] }),
    );
    expect(cal.periods[0]!.workdays).toEqual([
      '2011-12-26',
      '2011-12-27',
      '2011-12-28',
      '2011-12-29',
      '2011-12-31',
      '2012-01-01',
    ]);
    expect(cal.periods[0]!.nominalWorkdays).toBe(6);
    expect(() =>
      buildCalendar(
        spec('Pacific/Apia', { start: '2011-12-26', end: '2012-01-01', holidays: ['2011-12-30'] }),
      ),
    ).toThrow('horizon.holidays[0]: "2011-12-30" does not exist in zone Pacific/Apia (the day was skipped)');
  });
});
