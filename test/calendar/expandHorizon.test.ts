// Writing out a horizon's days: an official calendar into explicit lists, days outside the horizon left
// out and counted. The function is pure, so most cases use a small made-up calendar.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { expandHorizon } from '../../src/calendar/expandHorizon.js';
import { type OfficialCalendar, officialCalendar } from '../../src/calendar/officialCalendar.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { CHINA_2026 } from './china2026.js';

/** A made-up official calendar for 2026: a Spring-Festival-like block and two worked weekend days. */
const TOY: OfficialCalendar = {
  name: 'CN',
  package: 'toy-days',
  version: '0.0.1',
  years: [2025, 2026],
  // Thu Jan 1 (before the horizon), Sat Feb 14 .. Mon Feb 16, Fri Dec 25 (after it).
  holidays: ['2026-01-01', '2026-02-14', '2026-02-15', '2026-02-16', '2026-12-25'],
  // Sun Jan 4 (before the horizon), Sat Feb 7, Sat Feb 28.
  extraWorkdays: ['2026-01-04', '2026-02-07', '2026-02-28'],
};

const horizon = (extra: Record<string, unknown> = {}) => ({
  start: '2026-02-02',
  end: '2026-03-01',
  zone: 'Asia/Shanghai',
  period: 'week' as const,
  workdays: [1, 2, 3, 4, 5],
  holidays: [] as string[],
  extraWorkdays: [] as string[],
  ...extra,
});

function thrown(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (error) {
    if (error instanceof FairdrawError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('expandHorizon without a calendar', () => {
  it('keeps a horizon with no day outside it as written (order included)', () => {
    const h = horizon({ holidays: ['2026-02-17', '2026-02-16'], extraWorkdays: ['2026-02-28'] });
    expect(expandHorizon(h, undefined)).toEqual({
      horizon: h,
      ignored: { holidays: 0, extraWorkdays: 0 },
    });
  });

  it('leaves out and counts listed days outside the horizon, keeping the others in their order', () => {
    const h = horizon({
      holidays: ['2026-01-01', '2026-02-17', '2027-01-01', '2026-02-16', '2026-03-02'],
      extraWorkdays: ['2026-01-04', '2026-02-28'],
    });
    const { horizon: out, ignored } = expandHorizon(h, undefined);
    expect(out).toEqual({ ...h, holidays: ['2026-02-17', '2026-02-16'], extraWorkdays: ['2026-02-28'] });
    expect(ignored).toEqual({ holidays: 3, extraWorkdays: 1 });
  });

  it('still names the plan file’s own entry when a day inside is wrong', () => {
    const h = horizon({ holidays: ['2025-12-31', '2026-02-16', '2026-02-16'] });
    const error = thrown(() => expandHorizon(h, undefined));
    expect(error.message).toBe('horizon.holidays[2]: repeats "2026-02-16" (also horizon.holidays[1])');
    const both = thrown(() =>
      expandHorizon(
        horizon({ holidays: ['2027-01-01', '2026-02-14'], extraWorkdays: ['2026-02-14'] }),
        undefined,
      ),
    );
    expect(both.message).toBe(
      'horizon.extraWorkdays[0]: "2026-02-14" is also a holiday (horizon.holidays[1]); a day cannot be both',
    );
  });

  it('rejects a day outside the horizon that is no date at all', () => {
    const error = thrown(() => expandHorizon(horizon({ holidays: ['2027-02-30'] }), undefined));
    expect(error.path).toBe('horizon.holidays[0]');
  });

  it('leaves buildCalendar itself strict: a calendar is built from the days it uses', () => {
    expect(() => buildCalendar(horizon({ holidays: ['2026-01-01'] }))).toThrow(
      'horizon.holidays[0]: "2026-01-01" is outside the horizon 2026-02-02..2026-03-01',
    );
  });
});

describe('expandHorizon with an official calendar', () => {
  it('writes out the official days inside the horizon, ascending, and drops calendar', () => {
    const { horizon: out, ignored } = expandHorizon(horizon({ calendar: 'CN' }), TOY);
    expect(out).toEqual(
      horizon({
        holidays: ['2026-02-14', '2026-02-15', '2026-02-16'],
        extraWorkdays: ['2026-02-07', '2026-02-28'],
      }),
    );
    expect(out).not.toHaveProperty('calendar');
    // Official days outside the horizon were not listed by the plan: nothing is "ignored".
    expect(ignored).toEqual({ holidays: 0, extraWorkdays: 0 });
  });

  it('adds the days listed by hand; a hand-listed day wins over the official list', () => {
    const { horizon: out, ignored } = expandHorizon(
      horizon({
        calendar: 'CN',
        // A local holiday, an official one again, the official worked Saturday Feb 28 taken off,
        // and a day outside the horizon.
        holidays: ['2026-02-20', '2026-02-16', '2026-02-28', '2026-12-31'],
        // Sunday Feb 15, an official holiday, worked.
        extraWorkdays: ['2026-02-15'],
      }),
      TOY,
    );
    expect(out.holidays).toEqual(['2026-02-14', '2026-02-16', '2026-02-20', '2026-02-28']);
    expect(out.extraWorkdays).toEqual(['2026-02-07', '2026-02-15']);
    expect(ignored).toEqual({ holidays: 1, extraWorkdays: 0 });
  });

  it('leaves out an official worked day that the weekday pattern already works', () => {
    const { horizon: out } = expandHorizon(horizon({ calendar: 'CN', workdays: [1, 2, 3, 4, 5, 6] }), TOY);
    expect(out.extraWorkdays).toEqual([]);
    expect(out.holidays).toEqual(['2026-02-14', '2026-02-15', '2026-02-16']);
  });

  it('refuses a year the calendar does not know, naming horizon.calendar and saying to list the days by hand', () => {
    const error = thrown(() => expandHorizon(horizon({ calendar: 'CN', end: '2027-01-10' }), TOY));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe('horizon.calendar');
    expect(error.message).toBe(
      'horizon.calendar: calendar "CN" (toy-days@0.0.1) has no data for 2027: it knows 2025..2026. ' +
        'List the public holidays and adjusted working days of 2027 by hand in horizon.holidays and ' +
        'horizon.extraWorkdays, and leave out horizon.calendar',
    );
  });

  it('gives the county’s lists for the county’s horizon with the real CN calendar', () => {
    const { holidays: _h, extraWorkdays: _e, ...rest } = CHINA_2026;
    const { horizon: out } = expandHorizon(
      { ...rest, holidays: [], extraWorkdays: [], calendar: 'CN' },
      officialCalendar('CN'),
    );
    expect(out).toEqual(CHINA_2026);
  });

  it('refuses, with the real CN calendar, the first year after the package’s last (2027 in 1.5.7)', () => {
    const cn = officialCalendar('CN');
    const year = cn.years.at(-1)! + 1;
    const error = thrown(() =>
      expandHorizon(horizon({ calendar: 'CN', start: `${year}-01-04`, end: `${year}-12-31` }), cn),
    );
    expect(error.path).toBe('horizon.calendar');
    expect(error.message).toContain(`(chinese-days@${cn.version}) has no data for ${year}`);
    expect(error.message).toContain('by hand');
  });
});
