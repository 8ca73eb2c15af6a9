import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { periodIndexOf } from '../../src/calendar/days.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { dayNumber, isoOf, oracleIsWorkday } from './civil.js';

describe('daily periods (horizon.period "day")', () => {
  it('make every worked day a period of its own, and no other day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2030-12-31') }),
        fc.integer({ min: 0, max: 120 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.uniqueArray(fc.nat(120), { maxLength: 10 }),
        (start, length, workdays, holidayPicks) => {
          const holidays = holidayPicks.filter((k) => k <= length).map((k) => isoOf(start + k));
          const cal = buildCalendar({
            start: isoOf(start),
            end: isoOf(start + length),
            zone: 'Asia/Shanghai',
            period: 'day',
            workdays,
            holidays,
            extraWorkdays: [],
          });
          const worked: string[] = [];
          for (let n = start; n <= start + length; n++) {
            if (oracleIsWorkday(n, workdays, new Set(holidays), new Set())) worked.push(isoOf(n));
          }
          expect(cal.periods.map((p) => p.start)).toEqual(worked);
          let last = -1;
          for (let n = start; n <= start + length; n++) {
            const date = isoOf(n);
            const p = cal.periods[periodIndexOf(cal, date)];
            if (worked.includes(date)) {
              last += 1;
              expect(p).toMatchObject({
                index: last,
                start: date,
                end: date,
                workdays: [date],
                partial: false,
              });
            } else {
              // A day not worked belongs to the last period before it (-1 before the first).
              expect(periodIndexOf(cal, date)).toBe(last);
            }
          }
        },
      ),
      { seed: 20261207, numRuns: 100 },
    );
  });

  it('draw one visit a working day, on that day, with the promised probabilities', () => {
    const units = Array.from({ length: 12 }, (_, i) => ({
      id: `u-${String(i + 1).padStart(2, '0')}`,
      type: i % 3 === 0 ? 'traffic' : 'police-station',
      risk: 1 + (i % 4),
    }));
    const schedule = plan({
      seed: 'daily-periods',
      horizon: {
        start: '2027-02-01',
        end: '2027-02-28',
        zone: 'Asia/Shanghai',
        period: 'day',
        workdays: [1, 2, 3, 4, 5],
        holidays: ['2027-02-08', '2027-02-09'],
        extraWorkdays: ['2027-02-06'],
      },
      units,
      routine: { visitsPerPeriod: 1, fairness: 'risk' },
    });
    // 20 weekdays, 2 holidays, 1 worked Saturday: 19 periods of one day, one visit each.
    expect(schedule.periods).toHaveLength(19);
    expect(schedule.periods.map((p) => p.start)).toContain('2027-02-06');
    expect(schedule.periods.map((p) => p.start)).not.toContain('2027-02-08');
    schedule.periods.forEach((p, t) => {
      const visits = schedule.visits.filter((v) => v.period === t);
      expect(visits).toHaveLength(1);
      expect(visits[0]!.date).toBe(p.start);
      expect(p.end).toBe(p.start);
    });
    for (const unit of schedule.units) {
      // Each period's probabilities sum to one visit; a unit's share follows its risk.
      expect(unitProbabilities(schedule, unit)).toHaveLength(19);
    }
    for (let t = 0; t < 19; t++) {
      const sum = schedule.units.reduce((s, u) => s + unitProbabilities(schedule, u)[t]!, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });
});
