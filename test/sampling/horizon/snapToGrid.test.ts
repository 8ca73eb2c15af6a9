import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInclusion } from '../../../src/sampling/checkInclusion.js';
import { GRID_ONE, snapToGrid } from '../../../src/sampling/horizon/snapToGrid.js';
import { cappedProportional } from './helpers.js';

describe('snapToGrid', () => {
  it('sums exactly to n, keeps 0 and 1, moves no entry by more than 1e-12', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const positive = weights.filter((w) => w > 0).length;
          const pi = cappedProportional(weights, Math.round(share * positive));
          const n = checkInclusion(pi);
          const g = snapToGrid(pi, n);
          let whole = 0;
          let rem = 0;
          for (let i = 0; i < pi.length; i++) {
            const v = g[i]!;
            expect(Number.isInteger(v) && v >= 0 && v <= GRID_ONE).toBe(true);
            if (pi[i] === 0) expect(v).toBe(0);
            if (pi[i] === 1) expect(v).toBe(GRID_ONE);
            expect(Math.abs(v / GRID_ONE - pi[i]!)).toBeLessThan(1e-12);
            rem += v;
            if (rem >= GRID_ONE) {
              rem -= GRID_ONE;
              whole++;
            }
          }
          expect(rem).toBe(0);
          expect(whole).toBe(n);
        },
      ),
      { seed: 31, numRuns: 300 },
    );
  });

  it('absorbs an input sum that is off by up to the 1e-9 tolerance', () => {
    const pi = [0.3, 0.3, 0.4 + 9e-10];
    const g = snapToGrid(pi, checkInclusion(pi));
    expect(g[0]! + g[1]! + g[2]!).toBe(GRID_ONE);
  });
});
