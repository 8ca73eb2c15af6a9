import { describe, expect, it } from 'vitest';
import { addWorkdays, nextWorkday } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { CHINA_2026 } from './china2026.js';

describe('addWorkdays / nextWorkday', () => {
  it('issue 6: finding Wed 2026-04-29, N = 5, holidays May 1, 4, 5, Saturday May 9 worked', () => {
    const cal = buildCalendar({
      ...CHINA_2026,
      holidays: ['2026-05-01', '2026-05-04', '2026-05-05'],
      extraWorkdays: ['2026-05-09'],
    });
    const deadline = addWorkdays(cal, '2026-04-29', 5);
    expect(deadline).toBe('2026-05-09');
    expect(nextWorkday(cal, deadline)).toBe('2026-05-11');
  });

  const cal = buildCalendar(CHINA_2026);

  it('the same example on the full 2026 calendar (May 2 and 3 are listed holidays too)', () => {
    expect(addWorkdays(cal, '2026-04-29', 5)).toBe('2026-05-09');
    expect(nextWorkday(cal, '2026-05-09')).toBe('2026-05-11');
  });

  it('the finding day does not count, and n = 0 returns the date itself', () => {
    expect(addWorkdays(cal, '2026-03-11', 1)).toBe('2026-03-12');
    expect(addWorkdays(cal, '2026-03-11', 0)).toBe('2026-03-11');
    expect(addWorkdays(cal, '2026-03-14', 0)).toBe('2026-03-14');
    expect(addWorkdays(cal, '2026-03-13', 1)).toBe('2026-03-16');
  });

  it('crosses Spring Festival: Sat Feb 14 is worked, Feb 15..23 are not', () => {
    expect(addWorkdays(cal, '2026-02-12', 1)).toBe('2026-02-13');
    expect(addWorkdays(cal, '2026-02-12', 2)).toBe('2026-02-14');
    expect(addWorkdays(cal, '2026-02-12', 3)).toBe('2026-02-24');
    expect(nextWorkday(cal, '2026-02-14')).toBe('2026-02-24');
    expect(addWorkdays(cal, '2026-02-24', 4)).toBe('2026-02-28');
  });

  it('crosses National Day: Sun Sep 20 and Sat Oct 10 are worked, Oct 1..7 are not', () => {
    expect(nextWorkday(cal, '2026-09-19')).toBe('2026-09-20');
    expect(addWorkdays(cal, '2026-09-24', 1)).toBe('2026-09-28');
    expect(addWorkdays(cal, '2026-09-29', 2)).toBe('2026-10-08');
    expect(addWorkdays(cal, '2026-09-29', 4)).toBe('2026-10-10');
    expect(addWorkdays(cal, '2026-09-29', 10)).toBe('2026-10-19');
  });

  it('continues the weekday pattern beyond the horizon end (no holidays are known there)', () => {
    expect(addWorkdays(cal, '2026-12-24', 5)).toBe('2026-12-31');
    expect(addWorkdays(cal, '2026-12-24', 6)).toBe('2027-01-01');
    expect(nextWorkday(cal, '2027-01-01')).toBe('2027-01-04');
    expect(addWorkdays(cal, '2025-12-31', 1)).toBe('2026-01-01');
  });

  it('long deadlines: 250 working days from the start of the horizon', () => {
    const d = addWorkdays(cal, '2026-01-04', 250);
    expect(cal.workdaysBetween('2026-01-05', d)).toHaveLength(250);
    expect(cal.isWorkday(d)).toBe(true);
  });
});
