import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { maxentSample } from '../../../src/sampling/maxent/maxentSample.js';
import { maxentInclusion } from '../../reference/maxentInclusion.js';
import { maxentWorkingProbabilities } from '../../reference/maxentWorkingProbabilities.js';
import { proportionalCapped } from './cpsReference.js';

/** Inclusion probabilities proportional to weights in (0.1, 10), a few of them capped at 1. */
function largePopulation(total: number, n: number, seed: string): number[] {
  const rng = createRng(seed);
  const weights = Array.from({ length: total }, () => 0.1 + 9.9 * rng.next());
  for (let i = 0; i < 5; i++) weights[i * 997] = 1e6; // capped at pi = 1
  return proportionalCapped(weights, n);
}

/**
 * Independent reference for the conditional Poisson inclusion probabilities: for each unit k, the
 * size distribution of the OTHER units by the positive recursion alone (no deconvolution), so that
 * pi_k = p_k P(S_-k = n - 1) / P(S = n). O(N^2 n): for moderate N only.
 */
function leaveOneOutInclusion(p: ArrayLike<number>, n: number): number[] {
  const pmf = (skip: number): Float64Array => {
    const f = new Float64Array(n + 1);
    f[0] = 1;
    for (let k = 0; k < p.length; k++) {
      if (k === skip) continue;
      const a = p[k]!;
      for (let j = n; j > 0; j--) f[j] = (1 - a) * f[j]! + a * f[j - 1]!;
      f[0] = (1 - a) * f[0]!;
    }
    return f;
  };
  const all = pmf(-1)[n]!;
  return Array.from({ length: p.length }, (_, k) => (p[k]! * pmf(k)[n - 1]!) / all);
}

describe('maxent: numerical stability at scale', () => {
  for (const total of [20_000, 100_000]) {
    const n = total / 100;
    it(`N = ${total}, n = ${n}: no NaN, sum(p) = n, fit residual <= 1e-10, exact-size draw`, () => {
      const pi = largePopulation(total, n, `maxent-stability-${total}`);
      expect(pi.filter((v) => v === 1).length).toBe(5);
      const p = maxentWorkingProbabilities(pi);
      let sum = 0;
      let outside = 0; // NaN counts as outside
      for (const v of p) {
        if (!(v >= 0 && v <= 1)) outside++;
        sum += v;
      }
      expect(outside).toBe(0);
      expect(Math.abs(sum - n)).toBeLessThan(1e-9);
      const back = maxentInclusion(p, n);
      let residual = 0;
      for (let i = 0; i < total; i++) {
        const v = back[i]!;
        if (!(v >= 0 && v <= 1)) outside++;
        residual = Math.max(residual, Math.abs(v - pi[i]!));
      }
      expect(outside).toBe(0);
      expect(residual).toBeLessThanOrEqual(1e-10);
      const sample = maxentSample(pi, createRng(`maxent-stability-draw-${total}`));
      expect(sample.length).toBe(n);
      expect(sample.every((v, i) => i === 0 || v > sample[i - 1]!)).toBe(true);
      for (let i = 0; i < 5; i++) expect(sample).toContain(i * 997);
    });
  }

  it('the evaluation is trustworthy at N = 2e4: independent of the order of the units to 1e-14', () => {
    const total = 20_000;
    const pi = largePopulation(total, 200, 'maxent-stability-order');
    const p = maxentWorkingProbabilities(pi);
    const forward = maxentInclusion(p, 200);
    const reversed = maxentInclusion(Array.from(p).reverse(), 200);
    let gap = 0;
    for (let i = 0; i < total; i++) gap = Math.max(gap, Math.abs(forward[i]! - reversed[total - 1 - i]!));
    expect(gap).toBeLessThan(1e-14);
  });

  it('agrees with an independent leave-one-out computation (no deconvolution) to 1e-13, both directions', () => {
    const rng = createRng('maxent-leave-one-out');
    // a third of the units above 1/2 (backward deconvolution), some near 1, the rest small
    const p = Array.from({ length: 300 }, () => {
      const u = rng.next();
      if (u < 0.3) return 0.5 + 0.5 * rng.next();
      if (u < 0.45) return 0.99 + 0.0099 * rng.next();
      return 1e-6 + 0.4 * rng.next();
    });
    for (const n of [40, 120, 250]) {
      const fast = maxentInclusion(p, n);
      const reference = leaveOneOutInclusion(p, n);
      let sum = 0;
      for (let k = 0; k < p.length; k++) {
        expect(Math.abs(fast[k]! - reference[k]!)).toBeLessThan(1e-13);
        sum += fast[k]!;
      }
      expect(Math.abs(sum - n)).toBeLessThan(1e-11);
    }
  });
});
