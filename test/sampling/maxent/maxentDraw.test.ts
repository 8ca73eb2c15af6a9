import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import type { Rng } from '../../../src/random/Rng.js';
import { maxentSample } from '../../../src/sampling/maxent/maxentSample.js';
import { maxentSampler } from '../../../src/sampling/maxent/maxentSampler.js';
import { maxentWorkingProbabilities } from '../../reference/maxentWorkingProbabilities.js';
import { enumerateCps, proportionalCapped, smallPopulation } from './cpsReference.js';

/** Thrown by the scripted generator when the draw asks for a second attempt. */
class SecondAttempt extends Error {}

/** The largest double below 1: `u < p` is false for it whenever `p < 1`. */
const ALMOST_ONE = 1 - 2 ** -53;

/**
 * An Rng that answers the first `path.length` calls with 0 (unit in: `0 < p`) or ALMOST_ONE (unit
 * out) and throws on the next one, i.e. when the first Poisson attempt was rejected.
 */
function scripted(path: readonly boolean[]): Rng & { calls: number } {
  const rng = {
    calls: 0,
    next(): number {
      if (rng.calls >= path.length) throw new SecondAttempt();
      return path[rng.calls++] ? 0 : ALMOST_ONE;
    },
    nextUint32(): number {
      throw new Error('maxent reads doubles only');
    },
  };
  return rng;
}

/**
 * Rigorous two-sided tolerance for a binomial count with variance `v` at level `alpha` (Bernstein's
 * inequality: P(|X - mP| >= t) <= 2 exp(-t^2 / (2 (v + t / 3)))).
 */
function bernsteinTolerance(v: number, alpha: number): number {
  const L = Math.log(2 / alpha);
  return L / 3 + Math.sqrt((L * L) / 9 + 2 * L * v);
}

describe('maxent draw: exact law of one rejective attempt, every branch enumerated', () => {
  it('accepted Poisson attempts have the closed-form conditional Poisson law, consuming one value per unit in index order', () => {
    fc.assert(
      fc.property(smallPopulation(8), ({ pi, n }) => {
        const p = maxentWorkingProbabilities(pi);
        const inner: number[] = [];
        pi.forEach((v, i) => {
          if (v > 0 && v < 1) inner.push(i);
        });
        const m = inner.length;
        const accepted = new Map<string, number>();
        let acceptance = 0;
        for (let mask = 0; mask < 2 ** m; mask++) {
          const path = inner.map((_, k) => ((mask >> k) & 1) === 1);
          let weight = 1;
          path.forEach((bit, k) => {
            const pk = p[inner[k]!]!;
            weight *= bit ? pk : 1 - pk;
          });
          const rng = scripted(path);
          let sample: number[];
          try {
            sample = maxentSample(pi, rng);
          } catch (error) {
            if (!(error instanceof SecondAttempt)) throw error;
            expect(path.filter(Boolean).length).not.toBe(n - pi.filter((v) => v === 1).length);
            continue;
          }
          expect(rng.calls).toBe(m);
          if (weight > 0) {
            // the k-th value decides the k-th unit strictly between 0 and 1, in index order
            const expected = pi
              .map((_, i) => i)
              .filter((i) => pi[i] === 1 || (pi[i]! > 0 && pi[i]! < 1 && path[inner.indexOf(i)]));
            expect(sample).toEqual(expected);
          }
          const key = sample.join(',');
          accepted.set(key, (accepted.get(key) ?? 0) + weight);
          acceptance += weight;
        }
        const exact = enumerateCps(p, n);
        exact.samples.forEach((s, t) => {
          const law = (accepted.get(s.join(',')) ?? 0) / acceptance;
          expect(Math.abs(law - exact.prob[t]!)).toBeLessThan(1e-12);
        });
        pi.forEach((v, i) => {
          expect(Math.abs(exact.pi[i]! - v)).toBeLessThan(1e-9);
        });
      }),
      { seed: 4242, numRuns: 100 },
    );
  });
});

describe('maxent draw: seeded statistical test of the law of the sample', () => {
  const populations: { name: string; pi: number[] }[] = [
    { name: 'Tillé (2006) Example 10', pi: [0.07, 0.17, 0.41, 0.61, 0.83, 0.91] },
    {
      name: 'weights 1..7, n = 3, plus pi = 1 and pi = 0',
      pi: [1, ...proportionalCapped([1, 2, 3, 4, 5, 6, 7], 3), 0],
    },
    { name: 'eight units with ties, n = 4', pi: proportionalCapped([1, 1, 2, 2, 3, 3, 5, 8], 4) },
  ];
  const draws = 200_000;
  // family-wise level 1e-6 over every cell of every population (Bonferroni)
  const cells = populations.reduce(
    (acc, { pi }) => acc + enumerateCps(pi, Math.round(pi.reduce((a, b) => a + b))).samples.length,
    0,
  );
  const alpha = 1e-6 / cells;

  for (const [index, { name, pi }] of populations.entries()) {
    it(`${name}: the frequency of every possible sample matches P(s) (${draws} draws)`, () => {
      const n = Math.round(pi.reduce((a, b) => a + b));
      const exact = enumerateCps(maxentWorkingProbabilities(pi), n);
      const draw = maxentSampler(pi);
      const rng = createRng(`maxent-law-${index}`);
      const counts = new Map<string, number>();
      for (let r = 0; r < draws; r++) {
        const key = draw(rng).join(',');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let seen = 0;
      exact.samples.forEach((s, t) => {
        const key = s.join(',');
        const count = counts.get(key) ?? 0;
        seen += count;
        const P = exact.prob[t]!;
        if (P === 0) expect(count).toBe(0);
        else expect(Math.abs(count - draws * P)).toBeLessThan(bernsteinTolerance(draws * P * (1 - P), alpha));
      });
      expect(seen).toBe(draws);
    });
  }

  it('has the power to reject a wrong design: unfitted working probabilities (p = pi)', () => {
    const pi = populations[0]!.pi;
    const exact = enumerateCps(maxentWorkingProbabilities(pi), 3);
    // rejective sampling with p = pi is a conditional Poisson design too, but with the wrong pi
    const wrong = maxentSampler(maxentInclusionFree(pi));
    const rng = createRng('maxent-law-power');
    const counts = new Map<string, number>();
    for (let r = 0; r < draws; r++) {
      const key = wrong(rng).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rejected = exact.samples.filter((s, t) => {
      const P = exact.prob[t]!;
      return (
        Math.abs((counts.get(s.join(',')) ?? 0) - draws * P) >= bernsteinTolerance(draws * P * (1 - P), alpha)
      );
    });
    expect(rejected.length).toBeGreaterThan(0);
  });
});

/**
 * The inclusion probabilities of rejective sampling with working probabilities `pi` itself, i.e.
 * the design a sampler without the fit would realise; feeding them to maxentSampler reproduces it.
 */
function maxentInclusionFree(pi: number[]): number[] {
  const exact = enumerateCps(pi, Math.round(pi.reduce((a, b) => a + b)));
  return exact.pi;
}

describe('maxent draw: properties', () => {
  it('returns exactly n sorted distinct indices, always the pi = 1 units and never the pi = 0 units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.array(fc.constantFrom(0, 1), { maxLength: 5 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.string(),
        (weights, extra, key, seed) => {
          const size = 1 + Math.floor(key * (weights.length - 1));
          const pi = [...proportionalCapped(weights, size), ...extra];
          const n = size + extra.filter((v) => v === 1).length;
          const sample = maxentSample(pi, createRng(seed));
          expect(sample.length).toBe(n);
          for (let i = 1; i < sample.length; i++) expect(sample[i]!).toBeGreaterThan(sample[i - 1]!);
          const inSample = new Set(sample);
          pi.forEach((v, i) => {
            if (v === 1) expect(inSample.has(i)).toBe(true);
            if (v === 0) expect(inSample.has(i)).toBe(false);
          });
          for (const i of sample) expect(Number.isInteger(i) && i >= 0 && i < pi.length).toBe(true);
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });

  it('maxentSampler(pi)(rng) is maxentSample(pi, rng), consuming the same random numbers', () => {
    const pi = proportionalCapped([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40], 4);
    const draw = maxentSampler(pi);
    const a = createRng('same-stream');
    const b = createRng('same-stream');
    for (let r = 0; r < 50; r++) expect(draw(a)).toEqual(maxentSample(pi, b));
    expect(a.next()).toBe(b.next());
  });

  it('consumes no random numbers when nothing is random', () => {
    const rng = scripted([]);
    expect(maxentSample([1, 0, 1, 0], rng)).toEqual([0, 2]);
    expect(rng.calls).toBe(0);
  });
});
