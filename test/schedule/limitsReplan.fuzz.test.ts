import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { smallYearPlan } from './yearPlans.js';

/** True when `f` returns, or throws a FairdrawError whose message starts with the field it names. */
function onlyNamedErrors(f: () => unknown, rejected: { count: number }): boolean {
  try {
    f();
  } catch (e) {
    rejected.count += 1;
    return e instanceof FairdrawError && e.path.length > 0 && e.message.startsWith(e.path);
  }
  return true;
}

const number = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '3', null),
);

describe('bad input fuzz: limits and replan requests', () => {
  it('limits: never anything but a FairdrawError naming a field, and a cap that passes holds', () => {
    const limits = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record(
        { maxVisitsPerUnit: number, minGapDays: number, extra: fc.constant(1) },
        { requiredKeys: [] },
      ),
    );
    const rejected = { count: 0 };
    fc.assert(
      fc.property(limits, (value) =>
        onlyNamedErrors(() => {
          const input = smallYearPlan();
          input.limits = value;
          const schedule = plan(input);
          const cap = (value as { maxVisitsPerUnit?: number } | undefined)?.maxVisitsPerUnit;
          const counts = new Map<string, number>();
          for (const v of schedule.visits) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
          if (typeof cap === 'number') for (const c of counts.values()) expect(c).toBeLessThanOrEqual(cap);
        }, rejected),
      ),
      { seed: 71, numRuns: 300 },
    );
    expect(rejected.count).toBeGreaterThan(100);
  });

  it('replan: never anything but a FairdrawError naming a field', () => {
    const input = smallYearPlan();
    const schedule = plan(input);
    const starts = schedule.periods.map((p) => p.start);
    const request = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record(
        {
          from: fc.oneof(fc.constantFrom(...starts), fc.constantFrom('2026-03-03', '2030-01-05', 'x', 4)),
          reason: fc.constantFrom('merger', '', 7),
          changes: fc.oneof(
            fc.anything(),
            fc.record(
              {
                add: fc.array(
                  fc.record(
                    {
                      id: fc.constantFrom('ps-new', 'ps-a', ''),
                      type: fc.constantFrom('police-station', 5),
                      risk: number,
                    },
                    { requiredKeys: [] },
                  ),
                  { maxLength: 2 },
                ),
                close: fc.array(fc.constantFrom('ps-a', 'ci-b', 'nope', 3), { maxLength: 2 }),
                risk: fc.dictionary(fc.constantFrom('ps-a', 'ps-e', 'nope'), number),
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const rejected = { count: 0 };
    fc.assert(
      fc.property(request, (options) =>
        onlyNamedErrors(() => replan(input, schedule, options as never), rejected),
      ),
      { seed: 72, numRuns: 200 },
    );
    expect(rejected.count).toBeGreaterThan(50);
  });
});
