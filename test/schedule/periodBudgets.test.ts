import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Routine } from '../../src/model/routineSchema.js';
import { periodBudgets } from '../../src/schedule/routineProbabilities.js';

const routine = (over: Partial<Routine>): Routine => ({
  prorate: 'workdays',
  fairness: 'risk',
  design: 'maxent',
  balance: 'type',
  coordination: 'horizon',
  ...over,
});

describe('periodBudgets', () => {
  it('gives full weeks the full budget, prorates short weeks and gives holiday weeks none', () => {
    const weeks = [5, 5, 3, 0, 5, 6, 2].map((workdays) => ({ workdays, nominalWorkdays: 5 }));
    const budgets = periodBudgets(routine({ visitsPerPeriod: 6 }), weeks);
    // shares 6, 6, 3.6, 0, 6, 6 (capped), 2.4: running sums 6, 12, 15.6, 15.6, 21.6, 27.6, 30
    expect(budgets).toEqual([6, 6, 4, 0, 6, 6, 2]);
  });

  it('keeps every budget within floor/ceil of its share and the total at the rounded total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            workdays: fc.integer({ min: 0, max: 7 }),
            nominalWorkdays: fc.integer({ min: 1, max: 7 }),
          }),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        fc.integer({ min: 0, max: 40 }),
        (periods, v) => {
          const budgets = periodBudgets(routine({ visitsPerPeriod: v }), periods);
          const shares = periods.map((p) => v * Math.min(1, p.workdays / p.nominalWorkdays));
          budgets.forEach((b, t) => {
            expect(Number.isInteger(b)).toBe(true);
            expect(b).toBeGreaterThanOrEqual(Math.floor(shares[t]! - 1e-9));
            expect(b).toBeLessThanOrEqual(Math.ceil(shares[t]! + 1e-9));
          });
          const total = shares.reduce((s, x) => s + x, 0);
          expect(budgets.reduce((s, x) => s + x, 0)).toBe(Math.floor(total + 0.5 + 1e-9));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('uses the rate per working day, and the plain budget when prorating is off', () => {
    const periods = [4, 5, 0].map((workdays) => ({ workdays, nominalWorkdays: 5 }));
    expect(periodBudgets(routine({ visitsPerWorkday: 1.5 }), periods)).toEqual([6, 8, 0]);
    expect(periodBudgets(routine({ visitsPerPeriod: 3, prorate: 'none' }), periods)).toEqual([3, 3, 3]);
  });
});
