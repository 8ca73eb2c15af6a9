import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { validate } from '../../src/model/validate.js';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { drawHorizon } from '../../src/sampling/horizon/roundHorizon.js';
import { capRoutineProbabilities } from '../../src/schedule/capRoutineProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { periodBudgets, routineProbabilities } from '../../src/schedule/routineProbabilities.js';
import { enumerateCoin } from '../sampling/horizon/helpers.js';
import { arbitraryPlan } from './arbitraryPlan.js';

const countyYear = JSON.parse(readFileSync('examples/county.json', 'utf8'));
// The county's routine frame alone (no campaign, directed visit or finding), so that the routine cap is
// the whole cap; the tests on `countyYear` count the other visits toward it.
const { campaigns: _c, directed: _d, findings: _f, limits: _l, ...county } = countyYear;
const EPS = 1e-9;

function tryPlan(input: unknown): Schedule | undefined {
  try {
    return plan(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return undefined;
  }
}

/** The probabilities plan() hands to the routine draw, recomputed step by step (docs/spec/plan.md). */
function drawInputs(input: unknown) {
  const valid = validate(planInputSchema, input);
  const calendar = buildCalendar(valid.horizon);
  const budgets = periodBudgets(
    valid.routine,
    calendar.periods.map((p) => ({ workdays: p.workdays.length, nominalWorkdays: p.nominalWorkdays })),
  );
  const periods = calendar.periods.map((p) => ({
    index: p.index,
    start: p.start,
    end: p.end,
    budget: budgets[p.index]!,
  }));
  const base = routineProbabilities(valid, periods);
  return { valid, base, capped: capRoutineProbabilities(valid, periods, base) };
}

/** Consecutive visits of one unit closer than `gap` days, recomputed from the visits. */
function closePairs(schedule: Schedule, gap: number): string[] {
  const out: string[] = [];
  for (const u of schedule.units) {
    const dates = schedule.visits
      .filter((v) => v.unit === u.id)
      .map((v) => v.date)
      .sort();
    for (let k = 1; k < dates.length; k++) {
      const days = DateTime.fromISO(dates[k]!).diff(DateTime.fromISO(dates[k - 1]!), 'days').days;
      if (days < gap) out.push(`${u.id} ${dates[k - 1]} ${dates[k]}`);
    }
  }
  return out.sort();
}

/** Small weekly plans with a cap: few enough units and periods to enumerate the whole draw. */
const smallCapped = fc
  .record({
    risks: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 5 }),
    weeks: fc.integer({ min: 2, max: 3 }),
    visits: fc.integer({ min: 1, max: 2 }),
    slack: fc.integer({ min: 0, max: 2 }),
    fairness: fc.constantFrom('risk', 'equal'),
    max: fc.constantFrom(undefined, 0.8),
    seed: fc.string({ minLength: 1, maxLength: 6 }),
  })
  .map((r) => ({
    seed: r.seed,
    horizon: {
      start: '2026-03-02',
      end: DateTime.fromISO('2026-03-02')
        .plus({ days: 7 * r.weeks - 1 })
        .toISODate()!,
      zone: 'Europe/Paris',
      period: 'week',
    },
    units: r.risks.map((risk, i) => ({ id: `u${i}`, type: i % 2 === 0 ? 'a' : 'b', risk })),
    routine: {
      visitsPerPeriod: r.visits,
      fairness: r.fairness,
      ...(r.max !== undefined ? { bounds: { max: r.max } } : {}),
    },
    slack: r.slack,
  }));

/** A cap that binds: `slack` below the largest unit's expected visits without a cap, not below the average. */
function bindingCap(input: any, slack: number): number | undefined {
  const free = tryPlan(input);
  if (!free) return undefined;
  const most = Math.max(...free.units.map((u) => u.expectedVisits));
  const total = free.periods.reduce((s, p) => s + p.visits, 0);
  return Math.max(Math.ceil(total / free.units.length - EPS), Math.ceil(most - EPS) - 1 - slack);
}

describe('limits.maxVisitsPerUnit', () => {
  it('reports exactly the probabilities its draw delivers (every branch of the rounding enumerated)', () => {
    let planned = 0;
    let cappedPlans = 0;
    let leavesSeen = 0;
    fc.assert(
      fc.property(smallCapped, ({ slack, ...plain }) => {
        const cap = bindingCap(plain, slack);
        if (cap === undefined) return;
        const input = { ...plain, limits: { maxVisitsPerUnit: cap } };
        const schedule = tryPlan(input);
        if (!schedule) return;
        planned++;
        const { valid, base, capped } = drawInputs(input);
        if (capped.capped.some(Boolean)) cappedPlans++;
        const seed = valid.seed as string;
        const strata = valid.units.map((u) => u.type);
        const leaves = enumerateCoin(
          (coin) =>
            drawHorizon(capped.probabilities, {
              rng: createRng(deriveSeed(seed, 'routine', 'horizon')),
              strata,
              coin,
            }).selected,
        );
        leavesSeen += leaves.length;
        const T = schedule.periods.length;
        const N = schedule.units.length;
        const marginal = Array.from({ length: T }, () => new Array<number>(N).fill(0));
        let total = 0;
        for (const { prob, value } of leaves) {
          total += prob;
          const counts = new Array<number>(N).fill(0);
          value.forEach((sel, t) => {
            for (const i of sel) {
              marginal[t]![i]! += prob;
              counts[i]! += 1;
            }
          });
          // every possible outcome keeps the cap
          for (const c of counts) expect(c).toBeLessThanOrEqual(input.limits.maxVisitsPerUnit);
        }
        expect(Math.abs(total - 1)).toBeLessThan(1e-12);
        schedule.units.forEach((u, i) => {
          unitProbabilities(schedule, u).forEach((p, t) => {
            expect(Math.abs(marginal[t]![i]! - p)).toBeLessThan(EPS);
          });
          // the cap actually binds where it says so
          const uncapped = base.reduce((s, row) => s + row[i]!, 0);
          if (u.capped) {
            expect(uncapped).toBeGreaterThan(input.limits.maxVisitsPerUnit - EPS);
            expect(u.visits).toBe(input.limits.maxVisitsPerUnit);
          }
        });
        // the schedule's own draw is one of the enumerated outcomes
        const drawn = schedule.periods.map((_, t) =>
          schedule.visits
            .filter((v) => v.period === t)
            .map((v) => schedule.units.findIndex((u) => u.id === v.unit))
            .sort((a, b) => a - b),
        );
        expect(leaves.some((l) => JSON.stringify(l.value) === JSON.stringify(drawn))).toBe(true);
      }),
      { seed: 42, numRuns: 40 },
    );
    expect(planned).toBeGreaterThan(15);
    expect(cappedPlans).toBeGreaterThan(5);
    expect(leavesSeen).toBeGreaterThan(100);
  });

  it('is never exceeded, on random plans and seeds, and keeps the horizon guarantees', () => {
    let planned = 0;
    let bound = 0;
    fc.assert(
      fc.property(arbitraryPlan(), fc.integer({ min: 0, max: 2 }), (input, slack) => {
        const cap = bindingCap(input, slack);
        if (cap === undefined) return;
        const schedule = tryPlan({ ...input, limits: { maxVisitsPerUnit: cap } });
        if (!schedule) return;
        planned++;
        const counts = new Map<string, number>();
        for (const v of schedule.visits) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
        for (const c of counts.values()) expect(c).toBeLessThanOrEqual(cap);
        for (const u of schedule.units) {
          expect(u.expectedVisits).toBeLessThanOrEqual(cap + EPS);
          expect(u.visits).toBeGreaterThanOrEqual(Math.floor(u.expectedVisits + EPS));
          expect(u.visits).toBeLessThanOrEqual(Math.ceil(u.expectedVisits - EPS));
          if (u.capped) {
            bound++;
            expect(u.visits).toBe(cap);
          }
        }
        schedule.periods.forEach((p, t) => {
          const sum = schedule.units.reduce((s, u) => s + unitProbabilities(schedule, u)[t]!, 0);
          expect(Math.abs(sum - p.visits)).toBeLessThan(EPS);
          expect(schedule.visits.filter((v) => v.period === t)).toHaveLength(p.visits);
        });
        expect(schedule.manifest.algorithms.cap).toBe('horizon-fix-rescale@1');
      }),
      { seed: 1234, numRuns: 150 },
    );
    expect(planned).toBeGreaterThan(60);
    expect(bound).toBeGreaterThan(20);
  });

  it('leaves a plan without limits exactly as before, and a cap that never binds changes no visit', () => {
    const before = plan(county);
    expect(before.units.some((u) => 'capped' in u)).toBe(false);
    expect('conflicts' in before).toBe(false);
    const loose = plan({ ...county, limits: { maxVisitsPerUnit: 100 } });
    expect(loose.visits).toEqual(before.visits);
    expect(loose.units).toEqual(before.units);
  });

  it('caps the county example at 10 visits a unit', () => {
    const schedule = plan({ ...county, limits: { maxVisitsPerUnit: 10 } });
    const capped = schedule.units.filter((u) => u.capped);
    expect(capped.length).toBeGreaterThan(0);
    for (const u of schedule.units) expect(u.visits).toBeLessThanOrEqual(10);
    for (const u of capped) expect(u.expectedVisits).toBeCloseTo(10, 9);
    expect(schedule.visits).toHaveLength(plan(county).visits.length);
  });

  it('counts campaign, directed and follow-up visits toward the cap on the county year', () => {
    const cap = 10;
    const schedule = plan({ ...countyYear, limits: { maxVisitsPerUnit: cap } });
    const all = new Map<string, number>();
    for (const v of schedule.visits) all.set(v.unit, (all.get(v.unit) ?? 0) + 1);
    for (const u of schedule.units) expect(all.get(u.id) ?? 0).toBeLessThanOrEqual(cap);
    const capped = schedule.units.filter((u) => u.capped);
    expect(capped.length).toBeGreaterThan(0);
    for (const u of capped) {
      // the bound on its other visits: directed, follow-ups, one per campaign it may be drawn in
      const campaignsIn = Object.values(u.campaigns ?? {}).filter((p) => p > 0).length;
      const other = (u.directedVisits ?? 0) + (u.followUpVisits ?? 0) + campaignsIn;
      expect(u.expectedVisits).toBeCloseTo(cap - other, 9);
      expect(u.visits).toBeLessThanOrEqual(cap - other);
    }
  });

  it("rejects a cap below a unit's directed visits, naming the cap", () => {
    const unit = countyYear.directed[0].unit as string;
    const directed = [0, 1, 2].map((k) => ({ unit, date: `2026-06-1${k}`, reason: `complaint ${k}` }));
    expect(() =>
      plan({ ...countyYear, directed, findings: [], campaigns: [], limits: { maxVisitsPerUnit: 2 } }),
    ).toThrow(new RegExp(`^limits\\.maxVisitsPerUnit: is 2, below the 3 visits of unit ${unit}`));
  });

  it('rejects bad caps, naming the field', () => {
    const bad = (limits: unknown) => () => plan({ ...county, limits } as never);
    expect(bad({ maxVisitsPerUnit: -1 })).toThrow(/^limits\.maxVisitsPerUnit: must be >= 0/);
    expect(bad({ maxVisitsPerUnit: 2.5 })).toThrow(/^limits\.maxVisitsPerUnit: must be an integer/);
    expect(bad({ minGapDays: 0 })).toThrow(/^limits\.minGapDays: must be >= 1/);
    expect(bad({ minGapDays: 1.5 })).toThrow(/^limits\.minGapDays: must be an integer/);
    expect(bad({ maxPerUnit: 3 })).toThrow(/^limits\.maxPerUnit: unknown field/);
    try {
      plan({ ...county, limits: { maxVisitsPerUnit: 7 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      expect((e as FairdrawError).code).toBe('infeasible');
      expect((e as FairdrawError).message).toMatch(
        /^limits\.maxVisitsPerUnit: 7 allows at most 280 routine visits .* routine budget is 289/,
      );
    }
    try {
      plan({
        ...county,
        routine: { ...county.routine, coordination: 'independent' },
        limits: { maxVisitsPerUnit: 20 },
      });
      expect.unreachable();
    } catch (e) {
      expect((e as FairdrawError).code).toBe('unsupported');
      expect((e as FairdrawError).message).toMatch(
        /^limits\.maxVisitsPerUnit: requires routine\.coordination "horizon"/,
      );
    }
  });

  it('names the cap and the period when the cap leaves a period without anyone to visit', () => {
    // Two units, one week each active alone: the total fits but the proportional rule cannot place it.
    const input = {
      seed: 's',
      horizon: { start: '2026-03-02', end: '2026-03-15', zone: 'Europe/Paris', period: 'week' as const },
      units: [
        { id: 'a', type: 't', risk: 1 },
        { id: 'b', type: 't', risk: 1, active: { to: '2026-03-08' } },
      ],
      routine: { visitsPerPeriod: 1 },
      limits: { maxVisitsPerUnit: 1 },
    };
    expect(() => plan(input)).toThrow(
      /^limits\.maxVisitsPerUnit: 1 leaves period 1 \(2026-03-09\.\.2026-03-15\)/,
    );
  });
});

/** Plans busy enough for the gap to matter: 4 to 10 units, 1 to 4 visits a period, 3 to 20 weeks. */
const busyPlan = fc
  .record({
    units: fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 2 })), {
      minLength: 4,
      maxLength: 10,
    }),
    days: fc.integer({ min: 21, max: 140 }),
    startOffset: fc.integer({ min: 0, max: 300 }),
    period: fc.constantFrom('week', 'week', 'month'),
    share: fc.double({ min: 0.1, max: 0.5, noNaN: true }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 139 }), { maxLength: 8 }),
    seed: fc.string({ minLength: 1, maxLength: 8 }),
  })
  .map((r) => {
    const start = DateTime.fromISO('2026-01-01').plus({ days: r.startOffset });
    const perPeriod = Math.max(1, Math.round(r.units.length * r.share * (r.period === 'month' ? 1.5 : 1)));
    return {
      seed: r.seed,
      horizon: {
        start: start.toISODate()!,
        end: start.plus({ days: r.days - 1 }).toISODate()!,
        zone: 'Asia/Shanghai',
        period: r.period,
        holidays: r.holidays
          .filter((d) => d < r.days)
          .map((d) => start.plus({ days: d }).toISODate()!)
          .sort(),
      },
      units: r.units.map(([risk, type], i) => ({ id: `u-${i}`, type: `t${type}`, risk })),
      routine: { visitsPerPeriod: Math.min(perPeriod, r.units.length) },
    };
  });

describe('limits.minGapDays', () => {
  it('keeps the selection, moves only dates, and reports exactly the pairs that break the gap', () => {
    let planned = 0;
    let moved = 0;
    let conflicts = 0;
    fc.assert(
      fc.property(busyPlan, fc.integer({ min: 1, max: 20 }), (input, gap) => {
        const free = tryPlan(input);
        if (!free) return;
        const schedule = plan({ ...input, limits: { minGapDays: gap } } as never);
        planned++;
        const key = (s: Schedule) => s.visits.map((v) => `${v.period} ${v.unit}`).sort();
        expect(key(schedule)).toEqual(key(free));
        expect(schedule.units.map((u) => unitProbabilities(schedule, u))).toEqual(
          free.units.map((u) => unitProbabilities(free, u)),
        );
        const calendar = buildCalendar({
          extraWorkdays: [],
          workdays: [1, 2, 3, 4, 5],
          ...input.horizon,
        });
        for (const v of schedule.visits) expect(calendar.periods[v.period]!.workdays).toContain(v.date);
        const reported = schedule.conflicts!.map((c) => `${c.unit} ${c.dates[0]} ${c.dates[1]}`).sort();
        expect(reported).toEqual(closePairs(schedule, gap));
        for (const c of schedule.conflicts!) {
          expect(c.days).toBeLessThan(gap);
          // a pair is only broken when the later visit's period had no day far enough from the
          // unit's earlier visits (periods are placed in order)
          const later = schedule.visits.find((v) => v.unit === c.unit && v.date === c.dates[1])!;
          const earlier = schedule.visits.filter((v) => v.unit === c.unit && v.period < later.period);
          for (const d of calendar.periods[later.period]!.workdays) {
            const tooClose = earlier.some(
              (v) => Math.abs(DateTime.fromISO(d).diff(DateTime.fromISO(v.date), 'days').days) < gap,
            );
            expect(tooClose).toBe(true);
          }
        }
        conflicts += reported.length;
        if (
          JSON.stringify(schedule.visits.map((v) => v.date)) !==
          JSON.stringify(free.visits.map((v) => v.date))
        )
          moved++;
      }),
      { seed: 99, numRuns: 80 },
    );
    expect(planned).toBeGreaterThan(40);
    expect(moved).toBeGreaterThan(5);
    expect(conflicts).toBeGreaterThan(0);
  });

  it('holds on the county example with 7 days, and lists the unavoidable pairs with 14', () => {
    const seven = plan({ ...county, limits: { minGapDays: 7 } });
    expect(seven.conflicts).toEqual([]);
    expect(closePairs(seven, 7)).toEqual([]);
    expect(seven.manifest.algorithms.dates).toBe('spread-shuffle+gap@1');
    const fourteen = plan({ ...county, limits: { minGapDays: 14 } });
    expect(fourteen.conflicts!.length).toBeGreaterThan(0);
    expect(fourteen.conflicts!.map((c) => `${c.unit} ${c.dates[0]} ${c.dates[1]}`).sort()).toEqual(
      closePairs(fourteen, 14),
    );
    // every reported pair comes from two weeks too close for any placement: at most 11 days apart
    // (Monday to the next Friday) or a holiday-shortened week
    for (const c of fourteen.conflicts!) expect(c.days).toBeLessThan(14);
  });

  it('on the county year, lists exactly the close pairs, routine or not', () => {
    const year = plan({ ...countyYear, limits: { minGapDays: 7 } });
    expect(year.conflicts!.map((c) => `${c.unit} ${c.dates[0]} ${c.dates[1]}`).sort()).toEqual(
      closePairs(year, 7),
    );
    const free = plan(countyYear);
    const key = (s: Schedule) => s.visits.map((v) => `${v.kind} ${v.period} ${v.unit}`).sort();
    expect(key(year)).toEqual(key(free));
  });

  it('gives the same schedule twice', () => {
    const input = { ...county, limits: { minGapDays: 10, maxVisitsPerUnit: 11 } };
    expect(JSON.stringify(plan(input))).toBe(JSON.stringify(plan(input)));
  });
});
