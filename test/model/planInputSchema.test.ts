import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputJsonSchema } from '../../src/model/planInputJsonSchema.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import { rejection as reject, smallPlan } from './refusals.js';

const base = (): any => smallPlan('test-seed');

const rejection = (input: unknown) => reject(() => validate(planInputSchema, input));

describe('planInputSchema', () => {
  it('accepts the minimal plan and applies the documented defaults', () => {
    const v = validate(planInputSchema, base());
    expect(v.horizon.workdays).toEqual([1, 2, 3, 4, 5]);
    expect(v.horizon.holidays).toEqual([]);
    expect(v.routine).toMatchObject({
      fairness: 'risk',
      design: 'maxent',
      balance: 'type',
      coordination: 'horizon',
      prorate: 'workdays',
    });
    expect(v.team).toEqual({ size: 2, recusal: ['homeUnit'] });
    expect(v.inspectors).toEqual([]);
  });

  it.each([
    [
      'an unknown zone',
      (p: any) => (p.horizon.zone = 'Asia/Shanghia'),
      'horizon.zone',
      /unknown IANA zone "Asia\/Shanghia"/,
    ],
    [
      'start after end',
      (p: any) => (p.horizon.start = '2026-04-01'),
      'horizon.start',
      /must not be after horizon.end/,
    ],
    ['an unknown field', (p: any) => (p.routine.visitsPerWeek = 3), 'routine.visitsPerWeek', /unknown field/],
    ['an unknown top-level field', (p: any) => (p.campain = []), 'campain', /unknown field/],
    [
      'a date that does not exist',
      (p: any) => (p.horizon.end = '2026-02-30'),
      'horizon.end',
      /existing calendar date/,
    ],
    [
      'a malformed date',
      (p: any) => (p.horizon.holidays = ['2026/02/16']),
      'horizon.holidays[0]',
      /ISO date/,
    ],
    [
      'duplicate unit ids',
      (p: any) => (p.units[2].id = 'ps-a'),
      'units[2].id',
      /duplicate unit id "ps-a" \(also units\[0\]\)/,
    ],
    ['a negative risk', (p: any) => (p.units[1].risk = -1), 'units[1].risk', />= 0/],
    ['a NaN risk', (p: any) => (p.units[1].risk = Number.NaN), 'units[1].risk', /./],
    ['no units', (p: any) => (p.units = []), 'units', /at least one unit/],
    [
      'a fractional budget',
      (p: any) => (p.routine.visitsPerPeriod = 1.5),
      'routine.visitsPerPeriod',
      /integer/,
    ],
    ['both budgets', (p: any) => (p.routine.visitsPerWorkday = 1), 'routine.visitsPerPeriod', /exactly one/],
    [
      'min above max',
      (p: any) => (p.routine.bounds = { min: 0.5, max: 0.2 }),
      'routine.bounds.min',
      /must not exceed/,
    ],
    ['an unknown design', (p: any) => (p.routine.design = 'poisson'), 'routine.design', /./],
    ['a weekday 8', (p: any) => (p.horizon.workdays = [1, 8]), 'horizon.workdays[1]', /ISO weekday/],
    [
      'risk 0 with a min bound under fairness risk',
      (p: any) => {
        p.units[0].risk = 0;
        p.routine.bounds = { min: 0.05 };
      },
      'units[0].risk',
      /contradicts routine.bounds.min/,
    ],
    [
      'an inspector whose home unit does not exist',
      (p: any) => (p.inspectors = [{ id: 'i1', homeUnit: 'ps-zz' }]),
      'inspectors[0].homeUnit',
      /unknown unit id "ps-zz"/,
    ],
    [
      'duplicate inspectors',
      (p: any) => (p.inspectors = [{ id: 'i1' }, { id: 'i1' }]),
      'inspectors[1].id',
      /duplicate inspector/,
    ],
    ['an empty seed', (p: any) => (p.seed = ''), 'seed', /./],
  ])('rejects %s, naming the field', (_name, mutate, path, message) => {
    const input = base();
    mutate(input);
    const error = rejection(input);
    expect(error.code).toBe('invalid-input');
    expect(error.problems.map((p) => p.path)).toContain(path);
    const problem = error.problems.find((p) => p.path === path)!;
    expect(problem.message).toMatch(message);
    expect(error.message.startsWith(`${error.path}: `)).toBe(true);
  });

  it('accepts risk 0 under fairness equal with a min bound (risk is not used)', () => {
    const input: any = base();
    input.units[0].risk = 0;
    input.routine = { visitsPerPeriod: 1, fairness: 'equal', bounds: { min: 0.05 } };
    expect(() => validate(planInputSchema, input)).not.toThrow();
  });

  it('never throws anything but a FairdrawError on arbitrary input (fuzz)', () => {
    const mutation = fc.record({
      path: fc.constantFrom('seed', 'horizon', 'units', 'routine', 'team', 'inspectors', 'extra'),
      value: fc.anything({ withNullPrototype: true, withObjectString: true }),
    });
    fc.assert(
      fc.property(mutation, ({ path, value }) => {
        const input: any = base();
        input[path] = value;
        try {
          validate(planInputSchema, input);
        } catch (e) {
          return e instanceof FairdrawError && e.path.length > 0 && e.message.length > 0;
        }
        return true;
      }),
      { seed: 20261123, numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          validate(planInputSchema, value);
          return false;
        } catch (e) {
          return e instanceof FairdrawError;
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('matches the committed JSON Schema (run `npm run schema` after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync('schema/plan-input.schema.json', 'utf8'));
    expect(committed).toEqual(planInputJsonSchema());
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toEqual(['seed', 'horizon', 'units', 'routine']);
  });
});
