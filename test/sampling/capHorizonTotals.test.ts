import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { capHorizonTotals } from '../../src/sampling/capHorizonTotals.js';
import { fillToTotal } from '../../src/sampling/fillToTotal.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';

/** A horizon of rows `inclusionProbabilities(w restricted to the active units, n_t, bounds)`. */
const horizonCase = fc
  .record({
    weights: fc.array(fc.double({ min: 0.5, max: 6, noNaN: true }), { minLength: 2, maxLength: 9 }),
    periods: fc.integer({ min: 1, max: 6 }),
    share: fc.double({ min: 0.1, max: 0.7, noNaN: true }),
    inactive: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    max: fc.constantFrom(1, 0.9, 0.8),
    min: fc.constantFrom(0, 0.02, 0.05),
    caps: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 9, maxLength: 9 }),
    uncapped: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  })
  .map((r) => {
    const N = r.weights.length;
    const off = new Set(r.inactive.map((k) => k % (N * r.periods)));
    const bounds = { min: r.min, max: r.max };
    const pi = Array.from({ length: r.periods }, (_, t) => {
      const w = r.weights.map((x, i) => (off.has(t * N + i) ? 0 : x));
      const positive = w.filter((x) => x > 0).length;
      if (Math.ceil(positive * r.min) > Math.floor(positive * r.max)) return new Float64Array(N);
      const n = Math.max(
        Math.ceil(positive * r.min),
        Math.min(Math.floor(positive * r.max), Math.round(positive * r.share)),
      );
      return Float64Array.from(inclusionProbabilities(w, n, bounds));
    });
    const upper = r.weights.map((_, i) => (r.uncapped[i] ? Number.POSITIVE_INFINITY : r.caps[i]!));
    return { weights: r.weights, pi, upper, bounds };
  });

describe('capHorizonTotals', () => {
  it('keeps every period total, never exceeds a bound, fixes capped units at it and rescales the rest proportionally', () => {
    let cappedRuns = 0;
    let checks = 0;
    fc.assert(
      fc.property(horizonCase, ({ weights, pi, upper, bounds }) => {
        let result: ReturnType<typeof capHorizonTotals>;
        try {
          result = capHorizonTotals(pi, weights, upper, bounds);
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          expect((e as FairdrawError).code).toBe('infeasible');
          expect((e as FairdrawError).path).toBe('upper');
          return;
        }
        const { probabilities, capped } = result;
        const N = weights.length;
        pi.forEach((row, t) => {
          const before = row.reduce((s, p) => s + p, 0);
          const after = probabilities[t]!.reduce((s, p) => s + p, 0);
          expect(Math.abs(before - after)).toBeLessThan(1e-9);
          // a unit out of the frame stays out
          row.forEach((p, i) => {
            if (p === 0) expect(probabilities[t]![i]).toBe(0);
            expect(probabilities[t]![i]!).toBeGreaterThanOrEqual(0);
            expect(probabilities[t]![i]!).toBeLessThanOrEqual(bounds.max + 1e-12);
          });
          // the free units strictly between the bounds share one scale c_t
          const ratios: number[] = [];
          for (let i = 0; i < N; i++) {
            const p = probabilities[t]![i]!;
            if (capped[i] === 0 && row[i]! > 0 && p > bounds.min + 1e-12 && p < bounds.max - 1e-12)
              ratios.push(p / weights[i]!);
          }
          for (const r of ratios)
            expect(Math.abs(r - ratios[0]!)).toBeLessThan(1e-9 * Math.max(1, ratios[0]!));
          checks += 2;
        });
        for (let i = 0; i < N; i++) {
          const total = probabilities.reduce((s, row) => s + row[i]!, 0);
          const original = pi.reduce((s, row) => s + row[i]!, 0);
          expect(total).toBeLessThanOrEqual(upper[i]! + 1e-9);
          if (capped[i] === 1) {
            cappedRuns++;
            expect(Math.abs(total - upper[i]!)).toBeLessThan(1e-9);
            // a capped unit keeps the shape of its profile (all its probabilities scaled by one factor)
            // when it was over its bound from the start
            if (original > upper[i]! && upper[i]! > 0) {
              const s = upper[i]! / original;
              pi.forEach((row, t) => {
                expect(Math.abs(probabilities[t]![i]! - row[i]! * s)).toBeLessThan(1e-12);
              });
            }
          } else {
            // free units only gain (the budgets left to them only grow)
            expect(total).toBeGreaterThanOrEqual(original - 1e-9);
          }
          checks += 1;
        }
      }),
      { seed: 20261123, numRuns: 400 },
    );
    expect(cappedRuns).toBeGreaterThan(100);
    expect(checks).toBeGreaterThan(1000);
  });

  it('returns the rows unchanged when no unit exceeds its bound', () => {
    const pi = [Float64Array.from(inclusionProbabilities([1, 2, 3], 1))];
    const out = capHorizonTotals(pi, [1, 2, 3], [1, 1, 1]);
    expect(Array.from(out.probabilities[0]!)).toEqual(Array.from(pi[0]!));
    expect(Array.from(out.capped)).toEqual([0, 0, 0]);
    expect(out.rounds).toBe(0);
  });

  it('computes a hand-checked case: two periods, one unit capped at 1', () => {
    // weights 2, 1, 1; one visit per period: pi = (0.5, 0.25, 0.25) twice, unit 0 expects 1.
    // Cap unit 0 at 0.5 -> not integral; use a cap of 0 for unit 1 instead:
    const pi = [Float64Array.of(0.5, 0.25, 0.25), Float64Array.of(0.5, 0.25, 0.25)];
    const out = capHorizonTotals(pi, [2, 1, 1], [Number.POSITIVE_INFINITY, 0, Number.POSITIVE_INFINITY]);
    // unit 1 gets nothing; units 0 and 2 share each period 2 : 1
    for (const row of out.probabilities) {
      expect(row[0]).toBeCloseTo(2 / 3, 15);
      expect(row[1]).toBe(0);
      expect(row[2]).toBeCloseTo(1 / 3, 15);
    }
    // with the bound 0.6, unit 0 is clamped and unit 2 takes the rest
    const clamped = capHorizonTotals(pi, [2, 1, 1], [Number.POSITIVE_INFINITY, 0, Number.POSITIVE_INFINITY], {
      max: 0.6,
    });
    expect(clamped.probabilities[0]![0]).toBeCloseTo(0.6, 15);
    expect(clamped.probabilities[0]![2]).toBeCloseTo(0.4, 15);
  });

  it('refuses a budget that the capped units leave to nobody, naming each period', () => {
    const pi = [Float64Array.of(0.5, 0.5), Float64Array.of(0.5, 0.5)];
    try {
      capHorizonTotals(pi, [1, 1], [0, 1]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      expect((e as FairdrawError).code).toBe('infeasible');
      expect((e as FairdrawError).problems.map((p) => p.path)).toEqual(['pi[0]', 'pi[1]']);
    }
    expect(() => capHorizonTotals(pi, [1, 1], [-1, 1])).toThrow(/upper\[0\]: must be a number >= 0/);
  });
});

describe('fillToTotal', () => {
  it('agrees with inclusionProbabilities for integer totals (1e-12 relative)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0, 0.01, 0.1),
        fc.constantFrom(1, 0.9, 0.5),
        (weights, share, lo, hi) => {
          const N = weights.length;
          fc.pre(Math.ceil(N * lo) <= Math.floor(N * hi));
          const n = Math.max(Math.ceil(N * lo), Math.min(Math.floor(N * hi), Math.round(share * N)));
          const expected = inclusionProbabilities(weights, n, { min: lo, max: hi });
          const members = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
          const out = new Float64Array(N);
          expect(fillToTotal(weights, members, n, lo, hi, out)).toBe(true);
          expected.forEach((p, i) => {
            expect(Math.abs(out[i]! - p)).toBeLessThanOrEqual(1e-12 * Math.max(p, 1e-3));
          });
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('fills a fractional total and refuses an unreachable one', () => {
    const out = new Float64Array(3);
    expect(fillToTotal([3, 2, 1], [0, 1, 2], 1.5, 0, 1, out)).toBe(true);
    expect(Array.from(out)).toEqual([0.75, 0.5, 0.25]);
    expect(fillToTotal([3, 2, 1], [0, 1, 2], 2.8, 0, 0.9, out)).toBe(false);
    expect(fillToTotal([3, 2, 1], [0, 1, 2], 0.1, 0.05, 1, out)).toBe(false);
  });
});
