import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';
import { bruteForce, caseArb, violations } from './helpers.js';

const options = (c: { teamSize: number; region: boolean }, seed: string) => ({
  teamSize: c.teamSize,
  recusal: c.region ? (['homeUnit', 'region'] as const) : (['homeUnit'] as const),
  rng: createRng(seed),
});

describe('assignInspectors: exact feasibility against brute force', () => {
  it('throws `infeasible` exactly when no assignment meets every hard constraint (2-4 visits, 2-5 inspectors)', () => {
    let feasible = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(caseArb(2, 4, 2, 5), fc.string(), (c, seed) => {
        const truth = bruteForce(c);
        let teams: string[][] | undefined;
        try {
          teams = assignInspectors(c.visits, c.inspectors, options(c, seed)).teams;
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          expect((e as FairdrawError).code).toBe('infeasible');
          expect((e as FairdrawError).problems.length).toBeGreaterThan(0);
        }
        expect(teams !== undefined).toBe(truth.feasible);
        if (teams) {
          feasible++;
          expect(violations(c, teams)).toEqual([]);
        } else infeasible++;
      }),
      { seed: 20260104, numRuns: 600 },
    );
    // The generator must exercise both outcomes substantially.
    expect(feasible).toBeGreaterThan(100);
    expect(infeasible).toBeGreaterThan(100);
  });

  it('exactness also holds when capacities bind across 2 periods (3-4 visits on 6 dates)', () => {
    fc.assert(
      fc.property(caseArb(3, 4, 3, 5, 6), (c) => {
        const truth = bruteForce(c);
        let ok = true;
        try {
          expect(violations(c, assignInspectors(c.visits, c.inspectors, options(c, 'p')).teams)).toEqual([]);
        } catch (e) {
          if (!(e instanceof FairdrawError) || e.code !== 'infeasible') throw e;
          ok = false;
        }
        expect(ok).toBe(truth.feasible);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('assignInspectors: hard constraints never broken', () => {
  it('on random inputs of up to 40 visits and 12 inspectors, every returned team is valid', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb(5, 40, 4, 12, 6, 12, 2), fc.string(), (c, seed) => {
        try {
          const a = assignInspectors(c.visits, c.inspectors, options(c, seed));
          expect(violations(c, a.teams)).toEqual([]);
          // Reports agree with the teams.
          const loads: Record<string, number> = Object.fromEntries(c.inspectors.map((i) => [i.id, 0]));
          for (const team of a.teams) for (const id of team) loads[id]!++;
          expect(a.loads).toEqual(loads);
          for (const insp of c.inspectors) {
            const sum = Object.values(a.byType[insp.id]!).reduce((x, y) => x + y, 0);
            expect(sum).toBe(loads[insp.id]);
          }
          checked++;
        } catch (e) {
          if (!(e instanceof FairdrawError) || e.code !== 'infeasible') throw e;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(30);
  });

  it('is reproducible: same input and seed, same teams; the rng drives the draw', () => {
    const c = fc.sample(caseArb(20, 20, 8, 8, 6, 12, 1), { seed: 3, numRuns: 40 }).find((x) => {
      try {
        assignInspectors(x.visits, x.inspectors, options(x, 'a'));
        return true;
      } catch {
        return false;
      }
    })!;
    expect(c).toBeDefined();
    const a = assignInspectors(c.visits, c.inspectors, options(c, 'a'));
    const b = assignInspectors(c.visits, c.inspectors, options(c, 'a'));
    expect(b).toEqual(a);
    const draws = new Set<string>();
    for (let s = 0; s < 20; s++)
      draws.add(JSON.stringify(assignInspectors(c.visits, c.inspectors, options(c, `s${s}`)).teams));
    expect(draws.size).toBeGreaterThan(1);
  });
});
