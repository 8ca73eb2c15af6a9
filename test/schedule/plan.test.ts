import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { arbitraryPlan } from './arbitraryPlan.js';

const EPS = 1e-9;
const within = (count: number, expected: number) =>
  count >= Math.floor(expected + EPS) - 0 &&
  count <= Math.ceil(expected - EPS) &&
  Math.abs(count - expected) < 1 - 1e-12;

/** Checks everything a schedule promises about its routine visits; returns the number of checks made. */
function checkSchedule(input: any, schedule: Schedule, horizonCoordinated: boolean): number {
  let checks = 0;
  const calendar = buildCalendar({
    holidays: [],
    extraWorkdays: [],
    workdays: [1, 2, 3, 4, 5],
    ...input.horizon,
  });
  const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
  for (const v of schedule.visits) {
    const period = calendar.periods[v.period]!;
    expect(period.workdays).toContain(v.date);
    expect(v.date >= period.start && v.date <= period.end).toBe(true);
    checks += 2;
  }
  schedule.periods.forEach((p, t) => {
    const inPeriod = schedule.visits.filter((v) => v.period === t);
    expect(inPeriod.length).toBe(p.visits);
    const sum = schedule.units.reduce((s, u) => s + unitProbabilities(schedule, u)[t]!, 0);
    expect(Math.abs(sum - p.visits)).toBeLessThan(1e-9);
    checks += 2;
    for (const ty of schedule.types) {
      const count = inPeriod.filter((v) => typeOf.get(v.unit) === ty.type).length;
      expect(count).toBe(ty.realised[t]);
      if (input.routine.balance !== 'none') expect(within(count, ty.expected[t]!)).toBe(true);
      checks += 2;
    }
    const perDay = new Map<string, number>();
    for (const v of inPeriod) perDay.set(v.date, (perDay.get(v.date) ?? 0) + 1);
    const cap = Math.ceil(inPeriod.length / Math.max(1, p.workdays));
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(cap);
  });
  for (const u of schedule.units) {
    const count = schedule.visits.filter((v) => v.unit === u.id).length;
    expect(count).toBe(u.visits);
    const probabilities = unitProbabilities(schedule, u);
    expect(probabilities).toHaveLength(schedule.periods.length);
    expect(Math.abs(u.expectedVisits - probabilities.reduce((s, x) => s + x, 0))).toBeLessThan(1e-12);
    if (horizonCoordinated) expect(within(count, u.expectedVisits)).toBe(true);
    probabilities.forEach((p, t) => {
      if (p === 0) expect(schedule.visits.some((v) => v.unit === u.id && v.period === t)).toBe(false);
      if (p === 1) expect(schedule.visits.some((v) => v.unit === u.id && v.period === t)).toBe(true);
    });
    checks += 2;
  }
  return checks;
}

function tryPlan(input: any): Schedule | undefined {
  try {
    return plan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return undefined;
  }
}

describe('plan()', () => {
  it('meets all four horizon guarantees on random plans (horizon coordination)', () => {
    let planned = 0;
    fc.assert(
      fc.property(arbitraryPlan(), (input) => {
        const schedule = tryPlan(input);
        if (!schedule) return;
        planned += 1;
        expect(checkSchedule(input, schedule, true)).toBeGreaterThan(0);
      }),
      { seed: 2026, numRuns: 120 },
    );
    expect(planned).toBeGreaterThan(60);
  });

  it('meets the per-period guarantees on random plans (independent coordination)', () => {
    let planned = 0;
    fc.assert(
      fc.property(arbitraryPlan({ coordination: 'independent' }), (input) => {
        const schedule = tryPlan(input);
        if (!schedule) return;
        planned += 1;
        checkSchedule(input, schedule, false);
      }),
      { seed: 11, numRuns: 80 },
    );
    expect(planned).toBeGreaterThan(40);
  });

  it('is reproducible: the same input gives the same schedule, byte for byte', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (input) => {
        const a = tryPlan(input);
        const b = tryPlan(structuredClone(input));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { seed: 5, numRuns: 30 },
    );
  });

  it('changes the draw when the seed changes', () => {
    const input: any = {
      seed: 'a',
      horizon: { start: '2026-03-02', end: '2026-05-31', zone: 'Europe/Paris', period: 'week' },
      units: Array.from({ length: 20 }, (_, i) => ({ id: `u${i}`, type: `t${i % 3}`, risk: 1 + (i % 4) })),
      routine: { visitsPerPeriod: 4 },
    };
    const a = plan(input);
    const b = plan({ ...input, seed: 'b' });
    expect(a.visits.map((v) => v.unit)).not.toEqual(b.visits.map((v) => v.unit));
    expect(a.manifest.inputHash).toBe(b.manifest.inputHash);
    expect(a.manifest.seedCommitment).not.toBe(b.manifest.seedCommitment);
  });

  it('keeps whole calendar dates across DST changes (Europe/Paris, America/New_York)', () => {
    for (const zone of ['Europe/Paris', 'America/New_York']) {
      const input: any = {
        seed: `dst-${zone}`,
        horizon: { start: '2026-03-02', end: '2026-11-29', zone, period: 'week' },
        units: Array.from({ length: 12 }, (_, i) => ({ id: `u${i}`, type: `t${i % 2}`, risk: 1 })),
        routine: { visitsPerPeriod: 3, fairness: 'equal' },
      };
      const schedule = plan(input);
      checkSchedule(input, schedule, true);
      for (const v of schedule.visits) {
        const day = DateTime.fromISO(v.date, { zone });
        expect(day.weekday).toBeLessThanOrEqual(5);
      }
    }
  });

  it('reports the probabilities of units entering and leaving the frame as 0 outside their activity', () => {
    const input: any = {
      seed: 'frame',
      horizon: { start: '2026-01-05', end: '2026-02-22', zone: 'Asia/Shanghai', period: 'week' },
      units: [
        { id: 'a', type: 't', risk: 1 },
        { id: 'b', type: 't', risk: 1, active: { from: '2026-01-21' } },
        { id: 'c', type: 't', risk: 1, active: { to: '2026-01-31' } },
        { id: 'd', type: 't', risk: 1 },
      ],
      routine: { visitsPerPeriod: 1, fairness: 'equal' },
    };
    const schedule = plan(input);
    const b = unitProbabilities(schedule, schedule.units.find((u) => u.id === 'b')!);
    const c = unitProbabilities(schedule, schedule.units.find((u) => u.id === 'c')!);
    // b is active from Wednesday of week 2 (index 2): it joins at week 3; c closes on Saturday of week 3 (index 3)
    expect(b.slice(0, 3)).toEqual([0, 0, 0]);
    expect(b[3]).toBeGreaterThan(0);
    expect(c[2]).toBeGreaterThan(0);
    expect(c.slice(3)).toEqual([0, 0, 0, 0]);
    checkSchedule(input, schedule, true);
  });

  it('matches per-period frequencies to pi_it (seeded, Bonferroni-corrected)', () => {
    const input: any = {
      seed: 'x',
      horizon: { start: '2026-01-05', end: '2026-02-01', zone: 'Asia/Shanghai', period: 'week' },
      units: [1, 2, 3, 4, 6, 9].map((risk, i) => ({ id: `u${i}`, type: `t${i % 2}`, risk })),
      routine: { visitsPerPeriod: 2, bounds: { min: 0.05 } },
    };
    const runs = 1500;
    const counts = new Map<string, number>();
    let pi: (readonly number[])[] = [];
    for (let r = 0; r < runs; r++) {
      const schedule = plan({ ...input, seed: `freq-${r}` });
      pi = schedule.units.map((u) => unitProbabilities(schedule, u));
      for (const v of schedule.visits) {
        const key = `${v.unit}|${v.period}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const cells = pi.length * pi[0]!.length;
    // two-sided z-test per cell at family-wise alpha 1e-6: |z| < Phi^-1(1 - 1e-6 / (2 * cells))
    const zCrit = 6.0;
    expect(cells).toBeLessThan(1e4);
    pi.forEach((row, i) => {
      row.forEach((p, t) => {
        const observed = counts.get(`u${i}|${t}`) ?? 0;
        const sd = Math.sqrt(runs * p * (1 - p));
        if (sd === 0) expect(observed).toBe(p * runs);
        else expect(Math.abs(observed - runs * p) / sd).toBeLessThan(zCrit);
      });
    });
  });

  it.each([
    [
      'a period that must have visits but has no working day',
      (p: any) => {
        p.routine.prorate = 'none';
        p.horizon.holidays = ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16'];
      },
      'routine.visitsPerPeriod',
      /period 1 \(2026-01-12\.\.2026-01-18\) must have 2 visits but has no working day/,
    ],
    [
      'more visits than active units',
      (p: any) => (p.routine.visitsPerPeriod = 5),
      'routine.visitsPerPeriod',
      /needs 5 routine visits but only 4 units/,
    ],
    [
      'bounds that cannot reach the budget',
      (p: any) => (p.routine.bounds = { max: 0.3 }),
      'routine.bounds',
      /./,
    ],
  ])('rejects %s, naming the constraint', (_name, mutate, path, message) => {
    const input: any = {
      seed: 's',
      horizon: { start: '2026-01-05', end: '2026-01-25', zone: 'Asia/Shanghai', period: 'week' },
      units: [1, 2, 3, 4].map((risk, i) => ({ id: `u${i}`, type: 't', risk })),
      routine: { visitsPerPeriod: 2 },
    };
    mutate(input);
    try {
      plan(input);
      expect.unreachable('plan() should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      const error = e as FairdrawError;
      expect(error.path.startsWith(path)).toBe(true);
      expect(error.message).toMatch(message);
    }
  });
});
