import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { drawHorizon, roundHorizon } from '../../../src/sampling/horizon/roundHorizon.js';
import { type HorizonCase, horizonCase } from './arbitraries.js';
import { checkHorizon, enumerateCoin } from './helpers.js';

/**
 * Walks every branch of the rounding's coin (with the arc order fixed by `orderSeed`) and checks:
 * the leaf probabilities sum to 1, every leaf satisfies (b), (c), (d), and every pi[t][i] is reproduced
 * to 1e-9. Returns the number of leaves and the largest marginal error.
 */
function enumerateHorizon({ pi, strata }: HorizonCase, orderSeed: string): { leaves: number; error: number } {
  const leaves = enumerateCoin((coin) =>
    roundHorizon(
      pi,
      strata ? { rng: createRng(orderSeed), strata, coin } : { rng: createRng(orderSeed), coin },
    ),
  );
  const T = pi.length;
  const N = pi[0]!.length;
  const marginal = pi.map(() => new Array<number>(N).fill(0));
  let total = 0;
  for (const { prob, value } of leaves) {
    expect(prob).toBeGreaterThan(0);
    total += prob;
    expect(checkHorizon(pi, strata, value)).toEqual([]);
    for (let t = 0; t < T; t++) for (const i of value[t]!) marginal[t]![i]! += prob;
  }
  expect(total).toBeCloseTo(1, 12);
  let error = 0;
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < N; i++) error = Math.max(error, Math.abs(marginal[t]![i]! - pi[t]![i]!));
  }
  expect(error).toBeLessThan(1e-9);
  // the probabilities drawHorizon reports (same order seed) are the enumerated marginals themselves
  const delivered = drawHorizon(
    pi,
    strata ? { rng: createRng(orderSeed), strata } : { rng: createRng(orderSeed) },
  );
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < N; i++)
      expect(Math.abs(marginal[t]![i]! - delivered.probabilities[t]![i]!)).toBeLessThan(1e-13);
  }
  return { leaves: leaves.length, error };
}

describe('roundHorizon: exact enumeration of every branch', () => {
  it('a hand-made 3 x 4 horizon with two strata, under several arc orders', () => {
    const pi = [
      [0.5, 0.5, 0.25, 0.75],
      [0.3, 0.7, 0.6, 0.4],
      [0.9, 0.2, 0.15, 0.75],
    ];
    const strata = ['a', 'a', 'b', 'b'];
    for (const seed of ['one', 'two', 'three', 'four', 'five']) {
      const { leaves } = enumerateHorizon({ pi, strata }, seed);
      expect(leaves).toBeGreaterThan(1);
    }
  });

  it('non-dyadic probabilities (thirds, sevenths) come out exact too', () => {
    const pi = [
      [1 / 3, 1 / 3, 1 / 3, 2 / 7, 5 / 7],
      [2 / 3, 1 / 7, 6 / 7, 1 / 3, 0],
      [0, 1 / 3, 2 / 3, 4 / 7, 3 / 7],
    ];
    enumerateHorizon({ pi, strata: [1, 2, 1, 2, 1] }, 'thirds');
    enumerateHorizon({ pi, strata: undefined }, 'thirds');
  });

  it('random 2-4 periods x 3-5 units, with strata (fast-check, 120 cases, random arc orders)', () => {
    fc.assert(
      fc.property(
        horizonCase({ units: [3, 5], periods: [2, 4], strataMax: 3, withStrata: true }),
        fc.string({ maxLength: 8 }),
        (c, seed) => {
          enumerateHorizon(c, seed);
        },
      ),
      { seed: 20260105, numRuns: 120 },
    );
  });

  it('random 2-4 periods x 3-5 units, without strata (fast-check, 120 cases, random arc orders)', () => {
    fc.assert(
      fc.property(
        horizonCase({ units: [3, 5], periods: [2, 4], strataMax: 1, withStrata: false }),
        fc.string({ maxLength: 8 }),
        (c, seed) => {
          enumerateHorizon(c, seed);
        },
      ),
      { seed: 20260106, numRuns: 120 },
    );
  });
});
