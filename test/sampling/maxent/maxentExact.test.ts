import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxentJoint } from '../../../src/sampling/maxent/maxentJoint.js';
import { maxentInclusion } from '../../reference/maxentInclusion.js';
import { maxentWorkingProbabilities } from '../../reference/maxentWorkingProbabilities.js';
import { enumerateCps, smallPopulation } from './cpsReference.js';

describe('maxent: exact enumeration of the conditional Poisson design', () => {
  it('fitted working probabilities give every pi_i and every pi_kl (closed form over all C(N, n) samples)', () => {
    let populations = 0;
    fc.assert(
      fc.property(smallPopulation(10), ({ pi, n }) => {
        const p = maxentWorkingProbabilities(pi);
        expect(p.length).toBe(pi.length);
        let sum = 0;
        p.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          if (pi[i] === 1) expect(v).toBe(1);
          if (pi[i] === 0) expect(v).toBe(0);
          sum += v;
        });
        expect(Math.abs(sum - n)).toBeLessThan(1e-12 * n);
        const exact = enumerateCps(p, n);
        const joint = maxentJoint(pi);
        const inclusion = maxentInclusion(p, n);
        for (let k = 0; k < pi.length; k++) {
          expect(Math.abs(exact.pi[k]! - pi[k]!)).toBeLessThan(1e-9);
          expect(Math.abs(inclusion[k]! - exact.pi[k]!)).toBeLessThan(1e-12);
          let row = 0;
          for (let l = 0; l < pi.length; l++) {
            expect(joint[k]![l]).toBe(joint[l]![k]);
            expect(Math.abs(joint[k]![l]! - exact.joint[k]![l]!)).toBeLessThan(1e-9);
            if (l !== k) row += joint[k]![l]!;
          }
          // sum_(l != k) pi_kl = (n - 1) pi_k
          expect(Math.abs(row - (n - 1) * pi[k]!)).toBeLessThan(1e-9);
        }
        populations++;
      }),
      { seed: 20260105, numRuns: 300 },
    );
    expect(populations).toBe(300);
  });

  it('maxentInclusion matches enumeration for arbitrary (unnormalised) working probabilities', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), { minLength: 2, maxLength: 9 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (p, key) => {
          const n = 1 + Math.floor(key * (p.length - 1));
          const exact = enumerateCps(p, n);
          const pi = maxentInclusion(p, n);
          let sum = 0;
          for (let k = 0; k < p.length; k++) {
            expect(Math.abs(pi[k]! - exact.pi[k]!)).toBeLessThan(1e-12);
            sum += pi[k]!;
          }
          expect(Math.abs(sum - n)).toBeLessThan(1e-12);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('covers the edge cases of the generator (ties, tiny pi, pi = 1, pi = 0, n = 1, n = N - 1)', () => {
    const seen = { tie: false, tiny: false, one: false, zero: false, nOne: false, nLast: false };
    fc.assert(
      fc.property(smallPopulation(10), ({ pi, n }) => {
        const inner = pi.filter((v) => v > 0 && v < 1);
        if (new Set(inner).size < inner.length) seen.tie = true;
        if (inner.some((v) => v < 1e-10)) seen.tiny = true;
        if (pi.includes(1)) seen.one = true;
        if (pi.includes(0)) seen.zero = true;
        if (n === 1) seen.nOne = true;
        if (n === pi.length - 1) seen.nLast = true;
      }),
      { seed: 20260105, numRuns: 300 },
    );
    expect(seen).toEqual({ tie: true, tiny: true, one: true, zero: true, nOne: true, nLast: true });
  });

  it('handles degenerate inputs: all ones and zeros, and n = 0', () => {
    expect(Array.from(maxentWorkingProbabilities([1, 0, 1]))).toEqual([1, 0, 1]);
    expect(maxentJoint([1, 0, 1]).map((r) => Array.from(r))).toEqual([
      [1, 0, 1],
      [0, 0, 0],
      [1, 0, 1],
    ]);
    expect(Array.from(maxentInclusion([0.3, 0.2], 0))).toEqual([0, 0]);
    expect(Array.from(maxentInclusion([0.3, 0.2, 1], 3))).toEqual([1, 1, 1]);
    expect(() => maxentInclusion([0.3, 1, 1], 1)).toThrow(/^n: /);
    expect(() => maxentInclusion([0.3, 0, 0.5], 3)).toThrow(/^n: /);
  });
});

describe('maxent: published numbers', () => {
  it('weights 1..10, n = 3: working probabilities (Tillé 2006, sect. 5.6)', () => {
    const pi = Array.from({ length: 10 }, (_, i) => (3 * (i + 1)) / 55);
    const p = maxentWorkingProbabilities(pi);
    const published = [
      0.06287, 0.121907, 0.177675, 0.230692, 0.281451, 0.33044, 0.378168, 0.425188, 0.472107, 0.519504,
    ];
    published.forEach((v, i) => {
      expect(Math.abs(p[i]! - v)).toBeLessThan(1e-5);
    });
    const back = maxentInclusion(p, 3);
    pi.forEach((v, i) => {
      expect(Math.abs(back[i]! - v)).toBeLessThan(1e-12);
    });
  });

  it('pi = (0.07, 0.17, 0.41, 0.61, 0.83, 0.91): pi_56 = 0.7461 (Tillé 2006, Example 10)', () => {
    const joint = maxentJoint([0.07, 0.17, 0.41, 0.61, 0.83, 0.91]);
    expect(Math.abs(joint[4]![5]! - 0.7461)).toBeLessThan(1e-4);
    expect(joint[5]![4]).toBe(joint[4]![5]);
  });
});
