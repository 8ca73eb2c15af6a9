// The official calendar "CN" as the chinese-days package gives it, checked day by day against the State
// Council's notice on the 2026 holidays (docs/calendar.md, "China's 2026 holidays").
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { officialCalendar, readChineseDays } from '../../src/calendar/officialCalendar.js';
import { CHINA_2026 } from './china2026.js';

/**
 * The notice (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025), the whole year: the lists of
 * the county example (test/calendar/china2026.ts, inside 2026-01-05..2026-12-27) and New Year, which
 * falls before that horizon: January 1 to 3 off, Sunday January 4 worked.
 */
const NOTICE_2026 = {
  holidays: ['2026-01-01', '2026-01-02', '2026-01-03', ...CHINA_2026.holidays],
  extraWorkdays: ['2026-01-04', ...CHINA_2026.extraWorkdays],
};

const kind = (lists: { holidays: readonly string[]; extraWorkdays: readonly string[] }, date: string) =>
  lists.holidays.includes(date) ? 'holiday' : lists.extraWorkdays.includes(date) ? 'worked' : 'ordinary';

describe('official calendar CN (chinese-days)', () => {
  const cn = officialCalendar('CN');

  it('names the package and the version installed', async () => {
    const pkg = await import('chinese-days/package.json');
    expect(cn).toMatchObject({ name: 'CN', package: 'chinese-days', version: pkg.version });
  });

  it('has the notice of 4 November 2025 for 2026, day by day', () => {
    const mismatches: string[] = [];
    let days = 0;
    for (let d = DateTime.fromISO('2026-01-01', { zone: 'utc' }); d.year === 2026; d = d.plus({ days: 1 })) {
      const date = d.toISODate()!;
      days += 1;
      const expected = kind(NOTICE_2026, date);
      const found = kind(cn, date);
      if (found !== expected) mismatches.push(`${date}: notice ${expected}, chinese-days ${found}`);
    }
    expect(days).toBe(365);
    expect(mismatches).toEqual([]);
    // 33 days off (7 holidays, weekend days of their blocks included) and 6 weekend days worked.
    expect(cn.holidays.filter((d) => d.startsWith('2026'))).toHaveLength(33);
    expect(cn.extraWorkdays.filter((d) => d.startsWith('2026'))).toEqual(NOTICE_2026.extraWorkdays);
  });

  it('every adjusted working day is a weekend day and never a holiday', () => {
    const holidays = new Set(cn.holidays);
    for (const date of cn.extraWorkdays) {
      expect(holidays.has(date)).toBe(false);
      expect(DateTime.fromISO(date, { zone: 'utc' }).weekday).toBeGreaterThanOrEqual(6);
    }
  });

  it('covers whole years, each with New Year’s Day, ascending', () => {
    expect(cn.years[0]).toBe(2004);
    expect(cn.years).toContain(2026);
    expect(cn.years).toEqual([...cn.years].sort((a, b) => a - b));
    expect(cn.years.at(-1)! - cn.years[0]! + 1).toBe(cn.years.length);
    for (const year of cn.years) expect(cn.holidays).toContain(`${year}-01-01`);
    expect(cn.holidays).toEqual([...cn.holidays].sort());
  });

  it('reads the data file: the dates of its holidays and workdays maps, sorted', () => {
    const read = readChineseDays(
      {
        holidays: { '2027-01-01': "New Year's Day,元旦,1", '2026-12-31': 'x' },
        workdays: { '2027-01-09': 'y' },
      },
      '9.9.9',
    );
    expect(read).toEqual({
      name: 'CN',
      package: 'chinese-days',
      version: '9.9.9',
      years: [2026, 2027],
      holidays: ['2026-12-31', '2027-01-01'],
      extraWorkdays: ['2027-01-09'],
    });
  });
});
