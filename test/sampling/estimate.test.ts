import { describe, expect, it } from 'vitest';
import { devilleVariance } from '../../src/sampling/estimate/devilleVariance.js';
import { hajek } from '../../src/sampling/estimate/hajek.js';
import { hajekOverPeriods } from '../../src/sampling/estimate/hajekOverPeriods.js';
import { wilsonInterval } from '../../src/sampling/estimate/wilsonInterval.js';

describe('devilleVariance', () => {
  it('is 0 for a census and NaN with a single fractional unit (R gives NaN for both)', () => {
    expect(devilleVariance([1, 0], [1, 1])).toBe(0);
    expect(devilleVariance([1, 0], [1, 0.4])).toBeNaN();
  });
  it('ignores units with pi = 1', () => {
    expect(devilleVariance([5, 1, 0], [1, 0.5, 0.25])).toBeCloseTo(devilleVariance([1, 0], [0.5, 0.25]), 14);
  });
});

describe('hajekOverPeriods', () => {
  const a = { y: [1, 0, 0, 1], pi: [0.2, 0.4, 0.1, 0.3] };
  const b = { y: [0, 1, 1], pi: [0.5, 0.25, 0.2] };

  it('pools the periods in the estimate and sums the per-period variances', () => {
    const out = hajekOverPeriods([a, b]);
    const y = [...a.y, ...b.y];
    const pi = [...a.pi, ...b.pi];
    expect(out.estimate).toBeCloseTo(hajek(y, pi), 14);
    const size = pi.reduce((s, p) => s + 1 / p, 0);
    const r = (p: typeof a) => p.y.map((v) => v - out.estimate);
    const v = (devilleVariance(r(a), a.pi) + devilleVariance(r(b), b.pi)) / size ** 2;
    expect(out.variance).toBeCloseTo(v, 14);
    expect(out.sampled).toBe(7);
    expect(out.collapsed).toBe(0);
  });

  it('estimates a domain from its units, with zero residuals outside it', () => {
    const d = { ...a, domain: [1, 0, 1, 1] };
    const out = hajekOverPeriods([d]);
    expect(out.estimate).toBeCloseTo(hajek([1, 0, 1], [0.2, 0.1, 0.3]), 14);
    const z = [1 - out.estimate, 0, -out.estimate, 1 - out.estimate];
    const size = 1 / 0.2 + 1 / 0.1 + 1 / 0.3;
    expect(out.variance).toBeCloseTo(devilleVariance(z, a.pi) / size ** 2, 14);
  });

  it('pools a period of a single fractional unit with the next one (or the last with the one before)', () => {
    const lone = { y: [1], pi: [0.3] };
    const first = hajekOverPeriods([lone, b]);
    expect(first.collapsed).toBe(1);
    const merged = { y: [1, ...b.y], pi: [0.3, ...b.pi] };
    const z = merged.y.map((v) => v - first.estimate);
    expect(first.variance).toBeCloseTo(devilleVariance(z, merged.pi) / first.size ** 2, 14);
    const last = hajekOverPeriods([b, lone]);
    expect(last.variance).toBeCloseTo(first.variance, 14);
    expect(hajekOverPeriods([lone]).variance).toBeNaN();
  });

  it('gives NaN for an empty domain', () => {
    const out = hajekOverPeriods([{ ...a, domain: [0, 0, 0, 0] }]);
    expect(out.estimate).toBeNaN();
    expect(out.sampled).toBe(0);
  });
});

describe('wilsonInterval', () => {
  it('stays in [0, 1], includes the rate, and is [0, 1] without trials', () => {
    expect(wilsonInterval(0, 0, 0.95)).toEqual([0, 1]);
    for (const [x, n] of [
      [0, 3],
      [3, 3],
      [1, 7],
    ] as const) {
      const [lo, hi] = wilsonInterval(x, n, 0.95);
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
      expect(lo).toBeLessThanOrEqual(x / n);
      expect(hi).toBeGreaterThanOrEqual(x / n);
    }
  });
});
