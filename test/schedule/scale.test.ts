import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../src/model/planInputSchema.js';
import { readSchedule, type Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { createRng } from '../../src/random/createRng.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { plan } from '../../src/schedule/plan.js';
import { verify } from '../../src/schedule/verify.js';

// Issue 16: the schedule's invariants at 1e5 units, so that the speed work cannot silently break
// them. Not timed (the speed is measured by `npx tsx bench/run.ts scale`). Three full weeks keep it
// short; every check below is linear in the size of the schedule.

const UNITS = 100_000;
const PER_WEEK = 1_000;
const TYPES = Array.from({ length: 20 }, (_, k) => `type-${String(k + 1).padStart(2, '0')}`);

/** 1e5 units of 20 types, risk 1 to 4, three full weeks; every other setting the plan file's default. */
function scaleInput(): PlanInput {
  const g = createRng('fairdraw-test-scale');
  return {
    seed: 'fairdraw-test-scale-seed',
    horizon: { start: '2026-03-02', end: '2026-03-22', zone: 'Asia/Shanghai', period: 'week' },
    units: Array.from({ length: UNITS }, (_, i) => ({
      id: `u-${i}`,
      type: TYPES[uniformInt(g, TYPES.length)]!,
      risk: 1 + uniformInt(g, 4),
    })),
    routine: { visitsPerPeriod: PER_WEEK },
  };
}

const EPS = 1e-9;
/** `count` is the floor or the ceiling of `expected`. */
const floorOrCeil = (count: number, expected: number) =>
  count >= Math.floor(expected + EPS) && count <= Math.ceil(expected - EPS);

describe('plan() at 1e5 units', () => {
  const input = scaleInput();
  let schedule: Schedule;
  let text: string;

  beforeAll(() => {
    schedule = plan(input);
    text = JSON.stringify(schedule);
  }, 60_000);

  it('draws a schedule whose every period spends its budget, with exact probabilities', () => {
    const T = schedule.periods.length;
    expect(T).toBe(3);
    expect(schedule.units).toHaveLength(UNITS);
    const routine = schedule.visits.filter((v) => v.kind === 'routine');
    expect(routine).toHaveLength(T * PER_WEEK);

    const byPeriod = new Array<number>(T).fill(0);
    const piSum = new Array<number>(T).fill(0);
    for (const v of routine) byPeriod[v.period]! += 1;
    for (const u of schedule.units) {
      const probabilities = unitProbabilities(schedule, u);
      expect(probabilities.length).toBe(T);
      for (let t = 0; t < T; t++) piSum[t]! += probabilities[t]!;
    }
    schedule.periods.forEach((p, t) => {
      expect(p.visits).toBe(PER_WEEK);
      expect(byPeriod[t]).toBe(PER_WEEK);
      expect(Math.abs(piSum[t]! - PER_WEEK)).toBeLessThan(1e-6);
    });
  });

  it('keeps the per-type and per-unit counts at the floor or ceiling of their expectations', () => {
    const T = schedule.periods.length;
    const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
    const unitVisits = new Map<string, number>();
    const typeVisits = new Map<string, number[]>(TYPES.map((ty) => [ty, new Array<number>(T).fill(0)]));
    for (const v of schedule.visits) {
      if (v.kind !== 'routine') continue;
      unitVisits.set(v.unit, (unitVisits.get(v.unit) ?? 0) + 1);
      typeVisits.get(typeOf.get(v.unit)!)![v.period]! += 1;
    }

    const typeExpected = new Map<string, number[]>(TYPES.map((ty) => [ty, new Array<number>(T).fill(0)]));
    let badUnits = 0;
    for (const u of schedule.units) {
      let sum = 0;
      const probabilities = unitProbabilities(schedule, u);
      for (let t = 0; t < T; t++) {
        const p = probabilities[t]!;
        sum += p;
        typeExpected.get(u.type)![t]! += p;
      }
      const count = unitVisits.get(u.id) ?? 0;
      if (
        Math.abs(sum - u.expectedVisits) >= 1e-12 ||
        count !== u.visits ||
        !floorOrCeil(count, u.expectedVisits)
      )
        badUnits += 1;
    }
    expect(badUnits).toBe(0);

    expect(schedule.types.map((ty) => ty.type).sort()).toEqual(TYPES);
    for (const ty of schedule.types) {
      const counts = typeVisits.get(ty.type)!;
      const expected = typeExpected.get(ty.type)!;
      expect(ty.realised).toEqual(counts);
      for (let t = 0; t < T; t++) {
        expect(Math.abs(ty.expected[t]! - expected[t]!)).toBeLessThan(1e-6);
        expect(floorOrCeil(counts[t]!, expected[t]!)).toBe(true);
      }
    }
  });

  it('lists each distinct vector of probabilities once (format v3), every unit pointing at its own', () => {
    const profiles = schedule.profiles!;
    expect(new Set(profiles.map((p) => JSON.stringify(p))).size).toBe(profiles.length);
    expect(profiles.length).toBeLessThan(1000);
    const used = new Set(schedule.units.map((u) => u.profile));
    expect(used.size).toBe(profiles.length);
    expect(schedule.units.every((u) => u.probabilities === undefined)).toBe(true);
    expect(readSchedule(JSON.parse(text)).units).toHaveLength(UNITS);
  });

  it('verifies from its JSON and is reproduced byte for byte from the same input', () => {
    expect(verify(input, JSON.parse(text))).toMatchObject({ ok: true, status: 'verified' });
    expect(JSON.stringify(plan(structuredClone(input)))).toBe(text);
  });
});
