import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays, nextWorkday } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { HorizonSpec } from '../../src/calendar/Calendar.js';
import { periodIndexOf } from '../../src/calendar/days.js';
import { dayNumber, isoOf, nominalStartOf, oracleIsWorkday, weekdayOf } from './civil.js';

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Shanghai',
  'America/Santiago',
  'Australia/Lord_Howe',
  'UTC',
];
const FIRST = dayNumber('2019-01-01');
const LAST = dayNumber('2031-12-31');

/** A random valid horizon: zone, period, weekday pattern, holidays and extra days inside it. */
const horizonArb: fc.Arbitrary<HorizonSpec & { period: 'week' | 'month' | 'quarter' }> = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.integer({ min: 0, max: 500 }),
    zone: fc.constantFrom(...ZONES),
    period: fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
    workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidayPicks: fc.uniqueArray(fc.nat(500), { maxLength: 30 }),
    extraPicks: fc.uniqueArray(fc.nat(500), { maxLength: 15 }),
  })
  .map(({ start, length, zone, period, workdays, holidayPicks, extraPicks }) => {
    const inside = (k: number) => k <= length;
    const holidays = holidayPicks.filter(inside).map((k) => start + k);
    const taken = new Set(holidays);
    const extra = extraPicks
      .filter(inside)
      .map((k) => start + k)
      .filter((n) => !taken.has(n) && !workdays.includes(weekdayOf(n)));
    return {
      start: isoOf(start),
      end: isoOf(start + length),
      zone,
      period,
      workdays,
      holidays: holidays.map(isoOf),
      extraWorkdays: extra.map(isoOf),
    };
  });

const PARAMS = { seed: 20260105, numRuns: 100 };

describe('buildCalendar (properties, checked against an independent day-number oracle)', () => {
  it('periods tile the horizon, match the oracle, and list exactly its working days', () => {
    fc.assert(
      fc.property(horizonArb, (h) => {
        const cal = buildCalendar(h);
        const s = dayNumber(h.start);
        const e = dayNumber(h.end);
        const holidays = new Set(h.holidays);
        const extra = new Set(h.extraWorkdays);
        // Tiling: first starts at start, last ends at end, each starts the day after the previous ends.
        expect(cal.periods[0]!.start).toBe(h.start);
        expect(cal.periods.at(-1)!.end).toBe(h.end);
        cal.periods.forEach((p, t) => {
          expect(p.index).toBe(t);
          if (t > 0) expect(dayNumber(p.start)).toBe(dayNumber(cal.periods[t - 1]!.end) + 1);
          // Nominal period from the oracle, clipped to the horizon.
          const ns = nominalStartOf(dayNumber(p.start), h.period);
          const ne = nominalStartOf(dayNumber(p.nominalEnd) + 1, h.period) - 1;
          expect(p.nominalStart).toBe(isoOf(ns));
          expect(dayNumber(p.nominalEnd)).toBe(ne);
          expect(nominalStartOf(ne, h.period)).toBe(ns);
          expect(p.start).toBe(isoOf(Math.max(ns, s)));
          expect(p.end).toBe(isoOf(Math.min(ne, e)));
          expect(p.partial).toBe(ns < s || ne > e);
          // Working days: every one lies in the period and the horizon, and they are the oracle's.
          const expected: string[] = [];
          let nominal = 0;
          for (let n = ns; n <= ne; n++) {
            if (h.workdays.includes(weekdayOf(n))) nominal += 1;
            if (n >= s && n <= e && oracleIsWorkday(n, h.workdays, holidays, extra)) expected.push(isoOf(n));
          }
          for (const d of p.workdays) {
            expect(d >= p.start && d <= p.end && d >= h.start && d <= h.end).toBe(true);
          }
          expect(p.workdays).toEqual(expected);
          expect(p.nominalWorkdays).toBe(nominal);
        });
        // No period is empty or overlapping; the horizon has as many days as the periods together.
        const days = cal.periods.reduce((k, p) => k + dayNumber(p.end) - dayNumber(p.start) + 1, 0);
        expect(days).toBe(e - s + 1);
      }),
      PARAMS,
    );
  });

  it('isWorkday, workdaysBetween and periodIndexOf agree with the periods', () => {
    fc.assert(
      fc.property(horizonArb, fc.integer({ min: -30, max: 30 }), (h, pad) => {
        const cal = buildCalendar(h);
        const s = dayNumber(h.start);
        const e = dayNumber(h.end);
        const flat = cal.periods.flatMap((p) => p.workdays);
        expect(cal.workdaysBetween(h.start, h.end)).toEqual(flat);
        const holidays = new Set(h.holidays);
        const extra = new Set(h.extraWorkdays);
        const oracleBetween = (lo: number, hi: number) => {
          const out: string[] = [];
          for (let n = lo; n <= hi; n++)
            if (oracleIsWorkday(n, h.workdays, holidays, extra)) out.push(isoOf(n));
          return out;
        };
        // Windows that reach outside the horizon, and windows inside it (empty when inverted).
        const wide = Math.abs(pad);
        expect(cal.workdaysBetween(isoOf(s - wide), isoOf(e + wide))).toEqual(
          oracleBetween(s - wide, e + wide),
        );
        expect(cal.workdaysBetween(isoOf(s + pad), isoOf(e - pad))).toEqual(oracleBetween(s + pad, e - pad));
        expect(cal.workdaysBetween(isoOf(e + 1 + wide), isoOf(e + 40))).toEqual(
          oracleBetween(e + 1 + wide, e + 40),
        );
        // About 60 days per horizon, outside and inside it (each query reads its date with luxon).
        const step = Math.max(1, Math.floor((e - s + 2 * Math.abs(pad)) / 60));
        for (let n = s - Math.abs(pad); n <= e + Math.abs(pad); n += step) {
          const d = isoOf(n);
          expect(cal.isWorkday(d)).toBe(oracleIsWorkday(n, h.workdays, holidays, extra));
          const t = periodIndexOf(cal, d);
          if (n < s || n > e) expect(t).toBe(-1);
          else expect(d >= cal.periods[t]!.start && d <= cal.periods[t]!.end).toBe(true);
        }
      }),
      PARAMS,
    );
  });

  it('addWorkdays(date, n) is the n-th oracle working day after date; nextWorkday is n = 1', () => {
    fc.assert(
      fc.property(horizonArb, fc.nat(500), fc.integer({ min: 0, max: 40 }), (h, offset, n) => {
        const cal = buildCalendar(h);
        const holidays = new Set(h.holidays);
        const extra = new Set(h.extraWorkdays);
        const from = dayNumber(h.start) + offset - 20;
        let day = from;
        for (let found = 0; found < n; ) {
          day += 1;
          if (oracleIsWorkday(day, h.workdays, holidays, extra)) found += 1;
        }
        const got = addWorkdays(cal, isoOf(from), n);
        expect(got).toBe(isoOf(day));
        if (n > 0) {
          expect(cal.isWorkday(got)).toBe(true);
          expect(cal.workdaysBetween(isoOf(from + 1), got)).toHaveLength(n);
        }
        const next = nextWorkday(cal, isoOf(from));
        expect(next).toBe(addWorkdays(cal, isoOf(from), 1));
        expect(cal.workdaysBetween(isoOf(from + 1), next)).toEqual([next]);
      }),
      PARAMS,
    );
  });
});
