import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';
import { createRng } from '../../src/random/createRng.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { bruteForce, caseArb } from './helpers.js';

describe('assignInspectors: load balance', () => {
  it('reaches the smallest possible maximum load and the largest possible minimum load (brute force)', () => {
    let cases = 0;
    let unbalancedOptimum = 0;
    fc.assert(
      fc.property(caseArb(2, 4, 2, 5, 6, 3, 2), fc.string(), (c, seed) => {
        const truth = bruteForce(c);
        fc.pre(truth.feasible);
        const a = assignInspectors(c.visits, c.inspectors, {
          teamSize: c.teamSize,
          recusal: c.region ? ['homeUnit', 'region'] : ['homeUnit'],
          rng: createRng(seed),
        });
        const loads = Object.values(a.loads);
        // Decreasingly minimal: both extremes optimal at once, hence the spread is the least possible,
        // and in particular <= 1 whenever some feasible assignment has spread <= 1.
        expect(Math.max(...loads)).toBe(truth.minMax);
        expect(Math.min(...loads)).toBe(truth.maxMin);
        cases++;
        if (truth.minMax - truth.maxMin > 1) unbalancedOptimum++;
      }),
      { seed: 99, numRuns: 500 },
    );
    expect(cases).toBeGreaterThan(200);
    expect(unbalancedOptimum).toBeGreaterThan(10); // cases where constraints force a spread >= 2
  });

  it('spreads loads within 1 on a larger case with uniform eligibility (3000 visits, 60 inspectors)', () => {
    const g = createRng('balance-uniform-input');
    const visits: AssignVisit[] = Array.from({ length: 3000 }, (_, v) => {
      const day = Math.floor(v / 20);
      const u = uniformInt(g, 300);
      return {
        id: `v-${v}`,
        unit: `u-${u}`,
        unitType: `t-${u % 8}`,
        date: new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10),
        period: Math.floor(day / 7),
      };
    });
    const inspectors: AssignInspector[] = Array.from({ length: 60 }, (_, i) => ({
      id: `insp-${i}`,
      homeUnit: `u-${i * 5}`,
      maxPerDay: 1,
    }));
    const a = assignInspectors(visits, inspectors, {
      teamSize: 2,
      recusal: ['homeUnit'],
      rng: createRng('b'),
    });
    const loads = Object.values(a.loads);
    expect(loads.reduce((x, y) => x + y, 0)).toBe(6000);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('balances around inspectors that constraints keep light (spread forced, extremes optimal)', () => {
    // insp-0 may only visit type B (2 of 40 visits): the others share the rest within 1.
    const visits: AssignVisit[] = Array.from({ length: 40 }, (_, v) => ({
      id: `v-${v}`,
      unit: `u-${v % 10}`,
      unitType: v % 20 === 0 ? 'B' : 'A',
      date: `2026-02-${String(2 + (v % 20)).padStart(2, '0')}`,
      period: 0,
    }));
    const inspectors: AssignInspector[] = [
      { id: 'insp-0', types: ['B'] },
      ...Array.from({ length: 7 }, (_, i) => ({ id: `insp-${i + 1}` })),
    ];
    const a = assignInspectors(visits, inspectors, {
      teamSize: 2,
      recusal: ['homeUnit'],
      rng: createRng('x'),
    });
    expect(a.loads['insp-0']).toBe(2);
    const others = Object.entries(a.loads)
      .filter(([id]) => id !== 'insp-0')
      .map(([, l]) => l);
    expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
    expect(others.reduce((x, y) => x + y, 0)).toBe(78);
  });
});
