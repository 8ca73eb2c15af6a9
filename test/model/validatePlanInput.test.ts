import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { unitIndex } from '../../src/model/unitIndex.js';
import { validate } from '../../src/model/validate.js';
import { validatePlanInput } from '../../src/model/validatePlanInput.js';
import { smallPlan } from './refusals.js';

/** The outcome of a validation, every member in its order and `undefined` members kept, or the error in both languages. */
function outcome(f: () => unknown): string {
  try {
    const value = f();
    return JSON.stringify(value, (_, v: unknown) => (v === undefined ? '(undefined)' : v));
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    return JSON.stringify({
      code: e.code,
      path: e.path,
      message: e.message,
      problems: e.problems,
      zh: e.problemsIn('zh-CN'),
    });
  }
}

/** Expects the fast validation to give exactly what the full one gives. */
function same(input: unknown): void {
  expect(outcome(() => validatePlanInput(input))).toBe(outcome(() => validate(planInputSchema, input)));
}

/** Changes made to one unit of a plan, each of which the full validation accepts or refuses in its own words. */
const unitChanges: ((u: Record<string, unknown>) => void)[] = [
  (u) => (u.name = 'Station'),
  (u) => (u.name = undefined),
  (u) => (u.name = 'x'.repeat(501)),
  (u) => (u.name = 'bad \ud800'),
  (u) => (u.region = 'north'),
  (u) => (u.region = ' north'),
  (u) => (u.region = 'a\u0001b'),
  (u) => (u.id = ''),
  (u) => (u.id = 'x'.repeat(201)),
  (u) => (u.id = 'x'.repeat(200)),
  (u) => (u.id = 'ps-a'),
  (u) => (u.id = 'é\u00a0'),
  (u) => (u.id = 'a\ud83d\ude00'),
  (u) => (u.id = 'a\ude00b'),
  (u) => (u.type = 'x\ud83d'),
  (u) => (u.type = '\ud83d\ud83dx'),
  (u) => (u.id = '\u3000x'),
  (u) => (u.region = 'r\u007f'),
  (u) => (u.type = 7),
  (u) => (u.risk = 0),
  (u) => (u.risk = -0),
  (u) => (u.risk = -1),
  (u) => (u.risk = 1e-10),
  (u) => (u.risk = 1e9),
  (u) => (u.risk = 1e9 + 1),
  (u) => (u.risk = Number.NaN),
  (u) => (u.risk = Number.POSITIVE_INFINITY),
  (u) => (u.risk = '3'),
  (u) => delete u.risk,
  (u) => (u.riks = 3),
  (u) => (u.active = { from: '2026-02-01' }),
  (u) => (u.active = { to: '2026-02-01', from: '2026-01-01' }),
  (u) => (u.active = { from: '2026-02-01', to: '2026-01-01' }),
  (u) => (u.active = { from: '2026-02-30' }),
  (u) => (u.active = { from: '2026/02/01' }),
  (u) => (u.active = { from: undefined }),
  (u) => (u.active = {}),
  (u) => (u.active = { when: '2026-01-01' }),
  (u) => (u.active = new Map()),
  (u) => (u.active = Object.assign(Object.create(null), { from: '2026-01-01' })),
  (u) => Object.setPrototypeOf(u, null),
  (u) => Object.defineProperty(u, 'name', { value: 'hidden', enumerable: false, writable: true }),
];

describe('validatePlanInput: the result and the errors of validate(planInputSchema)', () => {
  it('gives the same plan, members in the same order, for units of every form', () => {
    const plan = smallPlan('fast-path');
    plan.units[0].name = 'Station A';
    plan.units[1].region = 'north';
    plan.units[2].active = { to: '2026-03-01', from: '2026-01-01' };
    same(plan);
    expect(Object.keys(validatePlanInput(plan).units[2]!)).toEqual(['id', 'type', 'risk', 'active']);
  });

  it('gives the same result or the same error for every change to a unit, alone and two together', () => {
    fc.assert(
      fc.property(
        fc.nat(unitChanges.length - 1),
        fc.nat(2),
        fc.option(fc.tuple(fc.nat(unitChanges.length - 1), fc.nat(2))),
        (change, at, second) => {
          const plan = smallPlan('fast-path');
          unitChanges[change]!(plan.units[at]);
          if (second) unitChanges[second[0]]!(plan.units[second[1]]);
          same(plan);
        },
      ),
      { seed: 16, numRuns: 600 },
    );
  });

  it('gives the same error for changes outside the units, and for units that are not a list of 1 to 1e6', () => {
    const changes: ((p: Record<string, any>) => void)[] = [
      (p) => (p.limits = new Map()),
      (p) => (p.horizon.self = p.horizon),
      (p) => (p.horizon.zone = 'Asia/Shanghia'),
      (p) => (p.campain = []),
      (p) => (p.inspectors = [{ id: 'i', homeUnit: 'nope' }]),
      (p) => (p.inspectors = [{ id: 'i', homeUnit: 'ps-a', conflicts: ['cib', 'zz'] }]),
      (p) => (p.routine.bounds = { min: 0.1 }),
      (p) => (p.units[0].risk = 0),
      (p) => (p.directed = [{ unit: 'ps-z', date: '2026-01-07', reason: 'r' }]),
      (p) => (p.units = []),
      (p) => (p.units = {}),
      (p) => (p.units = [null]),
      (p) => delete p.units,
      (p) => (p.units = Array.from({ length: 1_000_001 }, (_, i) => ({ id: `u${i}`, type: 't', risk: 1 }))),
      (p) => (p.horizon = new Date(0)),
      (p) => Object.defineProperty(p, '__proto__', { value: {}, enumerable: true }),
    ];
    for (const change of changes) {
      const plan = smallPlan('fast-path');
      change(plan);
      same(plan);
    }
    same(null);
    same([]);
    same(Object.assign(Object.create(null), smallPlan('fast-path')));
  });

  it('keeps the index of the unit ids it built for the steps after it', () => {
    const valid = validatePlanInput(smallPlan('fast-path'));
    const index = unitIndex(valid.units);
    expect(['ps-a', 'ps-b', 'cib', 'ps-z'].map((id) => index.get(id))).toEqual([0, 1, 2, undefined]);
    expect(index.size).toBe(3);
    expect(unitIndex(valid.units)).toBe(index);
  });
});

describe('unitIndex', () => {
  it('gives what new Map(units.map((u, i) => [u.id, i])) gives, repeated ids and a million units included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }),
        fc.string({ maxLength: 3 }),
        (ids, probe) => {
          const units = ids.map((id) => ({ id }));
          const map = new Map(units.map((u, i) => [u.id, i]));
          const index = unitIndex(units);
          expect(index.size).toBe(map.size);
          for (const id of [...ids, probe]) expect(index.get(id)).toBe(map.get(id));
          expect(index.has(probe)).toBe(map.has(probe));
        },
      ),
      { seed: 16, numRuns: 300 },
    );
    const many = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `u-${i}` }));
    const index = unitIndex(many);
    expect([index.get('u-0'), index.get('u-999999'), index.get('u-1000000'), index.size]).toEqual([
      0,
      999_999,
      undefined,
      1_000_000,
    ]);
  });

  it('gives the same when many ids hash alike (the table gives up, a Map does the work)', () => {
    const fnv = (text: string) => {
      let h = 0x811c9dc5;
      for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      return h & 255;
    };
    const ids: string[] = [];
    for (let k = 0; ids.length < 100; k++) if (fnv(`x${k}`) === 7) ids.push(`x${k}`);
    const units = [...ids, ids[3]!].map((id) => ({ id }));
    const index = unitIndex(units);
    expect(index.size).toBe(100);
    expect(index.get(ids[3]!)).toBe(100);
    expect(index.get(ids[99]!)).toBe(99);
    expect(index.get('x')).toBeUndefined();
  });

  it('names every repeated id of a plan at its place, with the first unit of that id', () => {
    const plan = smallPlan('fast-path');
    plan.units.push(
      { id: 'ps-a', type: 't', risk: 1 },
      { id: 'cib', type: 't', risk: 1 },
      { id: 'ps-a', type: 't', risk: 1 },
    );
    same(plan);
    let error: unknown;
    try {
      validatePlanInput(plan);
    } catch (e) {
      error = e;
    }
    expect((error as FairdrawError).problems.map((p) => p.path)).toEqual([
      'units[3].id',
      'units[4].id',
      'units[5].id',
    ]);
    expect((error as FairdrawError).problems[2]!.message).toMatch(/also units\[0\]/);
  });
});
