import { describe, expect, it } from 'vitest';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { replanSchema } from '../../src/model/replanSchema.js';
import { validate } from '../../src/model/validate.js';
import { plan } from '../../src/schedule/plan.js';
import { rejection, smallPlan } from './refusals.js';

// Trust, item 6: zod reads any object as the fields it names, so a Map or a Date where the plan
// wants an object used to pass as `{}` (defaults applied), silently. Every value `validate` reads must
// be JSON data: objects plain (or prototype-less), named by path when they are not.

class Team {
  size = 3;
}

describe('validate refuses objects that are not plain JSON objects', () => {
  it.each([
    ['limits: new Map()', (p: Record<string, any>) => (p.limits = new Map()), 'limits', /Map/],
    ['team: new Date(0)', (p: Record<string, any>) => (p.team = new Date(0)), 'team', /Date/],
    ['a class instance', (p: Record<string, any>) => (p.team = new Team()), 'team', /Team/],
    ['a Map in a list', (p: Record<string, any>) => (p.units[1] = new Map([['id', 'x']])), 'units[1]', /Map/],
    [
      'a Map nested in a unit',
      (p: Record<string, any>) => (p.units[2].active = new Map()),
      'units[2].active',
      /Map/,
    ],
    [
      'a Set as a budget object',
      (p: Record<string, any>) => (p.routine.bounds = new Set()),
      'routine.bounds',
      /Set/,
    ],
  ])('%s, naming the field', (_name, mutate, path, kind) => {
    const input = smallPlan('plain-objects');
    mutate(input);
    const error = rejection(() => validate(planInputSchema, input));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe(path);
    expect(error.message).toMatch(/must be plain JSON data \(a plain JSON object/);
    expect(error.message).toMatch(kind);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    // plan() goes through the same door.
    expect(rejection(() => plan(input)).path).toBe(path);
  });

  it('names the input itself when it is not a plain object', () => {
    const error = rejection(() =>
      validate(planInputSchema, new Map(Object.entries(smallPlan('plain-objects')))),
    );
    expect(error.path).toBe('input');
    expect(error.message).toMatch(/must be plain JSON data \(a plain JSON object/);
  });

  it('names the root of other arguments (a replan request)', () => {
    const request = { from: '2026-02-02', reason: 'risk review', changes: { risk: new Map([['ps-a', 5]]) } };
    const error = rejection(() => validate(replanSchema, request, 'options'));
    expect(error.path).toBe('options.changes.risk');
    expect(error.message).toMatch(/must be plain JSON data \(a plain JSON object/);
  });

  it('lists every object that is not plain', () => {
    const input = smallPlan('plain-objects');
    input.limits = new Map();
    input.team = new Date(0);
    const error = rejection(() => validate(planInputSchema, input));
    expect(error.problems.map((p) => p.path)).toEqual(['limits', 'team']);
  });

  it('accepts objects without a prototype, and they hash as the plain ones do', () => {
    const plain = smallPlan('plain-objects');
    plain.team = { size: 3 };
    const bare = smallPlan('plain-objects');
    bare.team = Object.assign(Object.create(null), { size: 3 });
    bare.horizon = Object.assign(Object.create(null), bare.horizon);
    const a = validate(planInputSchema, plain);
    const b = validate(planInputSchema, bare);
    expect(b).toEqual(a);
    expect(hashInput(b)).toBe(hashInput(a));
  });

  it('terminates on cyclic and shared objects (the cycle is an unknown field)', () => {
    const input = smallPlan('plain-objects');
    const shared = { id: 'x', type: 't', risk: 1 };
    input.units.push(shared);
    input.horizon.self = input.horizon;
    const error = rejection(() => validate(planInputSchema, input));
    expect(error.path).toBe('horizon.self');
    expect(error.message).toMatch(/unknown field/);
  });
});
