import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { routineRows, smallYearPlan, withoutYear } from './yearPlans.js';

/** Independent working-day rule, stepping calendar days with luxon (UTC: dates only). */
function worked(
  h: { workdays: number[]; holidays: string[]; extraWorkdays: string[] },
  date: string,
): boolean {
  if (h.extraWorkdays.includes(date)) return true;
  return h.workdays.includes(DateTime.fromISO(date, { zone: 'utc' }).weekday) && !h.holidays.includes(date);
}
const nextDay = (date: string) => DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;

describe('findings and follow-ups', () => {
  it('issue 6 worked example: Wed 2026-04-29, N = 5, holidays May 1, 4, 5, Sat May 9 worked', () => {
    const input: any = {
      seed: 'follow-up',
      horizon: {
        start: '2026-04-27',
        end: '2026-05-31',
        zone: 'Asia/Shanghai',
        period: 'week',
        holidays: ['2026-05-01', '2026-05-04', '2026-05-05'],
        extraWorkdays: ['2026-05-09'],
      },
      units: [
        { id: 'ps-luohe', type: 'police-station', risk: 3 },
        { id: 'ps-xiaji', type: 'police-station', risk: 3 },
      ],
      inspectors: [{ id: 'i-1', homeUnit: 'ps-luohe' }, { id: 'i-2' }, { id: 'i-3' }],
      routine: { visitsPerPeriod: 1 },
      findings: [{ unit: 'ps-luohe', date: '2026-04-29', deadlineWorkdays: 5 }],
    };
    const s = plan(input);
    expect(s.findings).toEqual([
      {
        unit: 'ps-luohe',
        date: '2026-04-29',
        deadlineWorkdays: 5,
        deadline: '2026-05-09',
        followUp: '2026-05-11',
        scheduled: true,
        visit: s.visits.find((v) => v.kind === 'follow-up')!.id,
      },
    ]);
    const visit = s.visits.find((v) => v.kind === 'follow-up')!;
    expect(visit).toMatchObject({ unit: 'ps-luohe', date: '2026-05-11', period: 2, finding: 0 });
    // Staffed under the same recusal rule: i-1's home unit is ps-luohe.
    expect(visit.inspectors).toHaveLength(2);
    expect(visit.inspectors).not.toContain('i-1');
    expect(s.units.find((u) => u.id === 'ps-luohe')!.followUpVisits).toBe(1);
    expect(s.manifest.algorithms.findings).toBe('deadline-follow-up@1');
  });

  it('falls on the right working day across holidays and adjusted working days (property)', () => {
    const arb = fc.record({
      offset: fc.integer({ min: 0, max: 300 }),
      length: fc.integer({ min: 14, max: 90 }),
      pattern: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      off: fc.uniqueArray(fc.nat({ max: 89 }), { maxLength: 25 }),
      findings: fc.array(fc.record({ day: fc.nat({ max: 89 }), n: fc.nat({ max: 25 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    let scheduled = 0;
    let unscheduled = 0;
    fc.assert(
      fc.property(arb, (r) => {
        const start = DateTime.fromISO('2026-01-01', { zone: 'utc' }).plus({ days: r.offset });
        const day = (k: number) => start.plus({ days: k }).toISODate()!;
        const end = day(r.length - 1);
        const inside = r.off.filter((k) => k < r.length).map(day);
        const isPattern = (d: string) => r.pattern.includes(DateTime.fromISO(d, { zone: 'utc' }).weekday);
        const horizon = {
          start: day(0),
          end,
          zone: 'Europe/Paris',
          period: 'week' as const,
          workdays: r.pattern,
          holidays: inside.filter(isPattern).sort(),
          extraWorkdays: inside.filter((d) => !isPattern(d)).sort(),
        };
        const findings = r.findings.map((f) => ({
          unit: 'u',
          date: day(f.day % r.length),
          deadlineWorkdays: f.n,
        }));
        const s = plan({
          seed: 'p',
          horizon,
          units: [{ id: 'u', type: 't', risk: 1 }],
          routine: { visitsPerPeriod: 0 },
          findings,
        });
        findings.forEach((f, k) => {
          const summary = s.findings![k]!;
          // Walk day by day: the deadline is the N-th working day strictly after the finding.
          let d = f.date;
          for (let left = f.deadlineWorkdays; left > 0; ) {
            d = nextDay(d);
            if (worked(horizon, d)) left -= 1;
          }
          expect(summary.deadline).toBe(d);
          do d = nextDay(d);
          while (!worked(horizon, d));
          expect(summary.followUp).toBe(d);
          expect(summary.scheduled).toBe(d <= end);
          const visits = s.visits.filter((v) => v.kind === 'follow-up' && v.finding === k);
          if (d <= end) {
            scheduled += 1;
            expect(visits.map((v) => v.date)).toEqual([d]);
            expect(summary.visit).toBe(visits[0]!.id);
          } else {
            unscheduled += 1;
            expect(visits).toHaveLength(0);
            expect(summary.note).toMatch(/after the horizon end/);
          }
        });
      }),
      { seed: 64, numRuns: 150 },
    );
    expect(scheduled).toBeGreaterThan(50);
    expect(unscheduled).toBeGreaterThan(10);
  });

  it('never drops a follow-up silently: after the horizon or on a closed unit it is reported unscheduled', () => {
    const input = smallYearPlan();
    input.units[3].active = { to: '2026-04-10' };
    input.findings = [
      { unit: 'ps-a', date: '2026-04-22', deadlineWorkdays: 3 },
      { unit: 'ps-d', date: '2026-04-07', deadlineWorkdays: 4 },
      { unit: 'ps-b', date: '2025-12-01', deadlineWorkdays: 2 },
    ];
    const s = plan(input);
    expect(s.findings!.map((f) => [f.deadline, f.followUp, f.scheduled])).toEqual([
      ['2026-04-27', '2026-04-28', false],
      ['2026-04-13', '2026-04-14', false],
      ['2025-12-03', '2025-12-04', false],
    ]);
    expect(s.findings!.map((f) => f.note)).toEqual([
      'the follow-up 2026-04-28 falls after the horizon end 2026-04-26',
      'unit "ps-d" is not active on 2026-04-14',
      'the follow-up 2025-12-04 falls before the horizon start 2026-03-02',
    ]);
    expect(s.visits.filter((v) => v.kind === 'follow-up')).toHaveLength(0);
    expect(routineRows(s)).toEqual(routineRows(plan(withoutYear(input))));
  });

  it('raiseRisk: from the period after the finding the routine probabilities use the new risk', () => {
    const input = smallYearPlan();
    const bare = plan(input);
    // Finding on Wed 2026-03-18, in period 2 (week of Mar 16): the raise acts from period 3.
    input.findings = [{ unit: 'ps-d', date: '2026-03-18', deadlineWorkdays: 2, raiseRisk: 4 }];
    const s = plan(input);
    expect(s.findings![0]).toMatchObject({
      raiseRisk: 4,
      riskFrom: 3,
      followUp: '2026-03-23',
      scheduled: true,
    });
    const unitIds = s.units.map((u) => u.id);
    s.periods.forEach((p, t) => {
      const before = bare.units.map((u) => unitProbabilities(bare, u)[t]!);
      const after = s.units.map((u) => unitProbabilities(s, u)[t]!);
      if (t < 3) {
        expect(after).toEqual(before);
        return;
      }
      // Reference: the frame's weights with ps-d at 4 (ps-e is in the frame from period 3 on).
      const members = input.units.filter((u: any) => (u.active?.from ?? '0000') <= p.start);
      const w = members.map((u: any) => (u.id === 'ps-d' ? 4 : u.risk));
      const ref = inclusionProbabilities(w, p.visits);
      members.forEach((u: any, k: number) => {
        expect(Math.abs(after[unitIds.indexOf(u.id)]! - ref[k]!)).toBeLessThan(1e-12);
      });
      expect(after[unitIds.indexOf('ps-d')]!).toBeGreaterThan(before[unitIds.indexOf('ps-d')]!);
      expect(Math.abs(after.reduce((a, b) => a + b, 0) - p.visits)).toBeLessThan(1e-9);
    });
  });

  it('raiseRisk: under independent coordination the weeks before the raise keep their routine visits', () => {
    const input = smallYearPlan();
    input.routine.coordination = 'independent';
    const bare = plan(input);
    input.findings = [{ unit: 'ps-d', date: '2026-03-18', deadlineWorkdays: 2, raiseRisk: 4 }];
    const s = plan(input);
    const early = (rows: string[]) => rows.filter((r) => Number(r.split(' ')[0]) < 3);
    expect(early(routineRows(s))).toEqual(early(routineRows(bare)));
    expect(early(routineRows(s)).length).toBeGreaterThan(0);
  });

  it('raiseRisk takes the largest raise in force, whatever the order of the findings', () => {
    const input = smallYearPlan();
    input.findings = [
      { unit: 'ps-d', date: '2026-03-25', deadlineWorkdays: 1, raiseRisk: 5 },
      { unit: 'ps-d', date: '2026-03-04', deadlineWorkdays: 1, raiseRisk: 2 },
    ];
    const a = plan(input);
    const b = plan({ ...input, findings: [...input.findings].reverse() });
    expect(a.units.map((u) => unitProbabilities(a, u))).toEqual(b.units.map((u) => unitProbabilities(b, u)));
    const d = unitProbabilities(a, a.units.find((u) => u.id === 'ps-d')!);
    expect(d[1]!).toBeGreaterThan(d[0]!);
    expect(d[4]!).toBeGreaterThan(d[2]!);
    expect(a.findings!.map((f) => f.riskFrom)).toEqual([4, 1]);
  });

  it('raiseRisk changes nothing under fairness "equal"', () => {
    const input = smallYearPlan();
    input.routine.fairness = 'equal';
    input.findings = [{ unit: 'ps-d', date: '2026-03-04', deadlineWorkdays: 1, raiseRisk: 9 }];
    const raised = plan(input);
    const bare = plan(withoutYear(input));
    expect(raised.units.map((u) => unitProbabilities(raised, u))).toEqual(
      bare.units.map((u) => unitProbabilities(bare, u)),
    );
  });
});
