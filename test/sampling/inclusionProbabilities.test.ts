import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';

/**
 * The survey statisticians' definition, written out independently and naively (R
 * sampling::inclusionprobabilities, Tillé 2006 sect. 2.10): pi = n w / sum(w); while some pi >= 1,
 * fix those at 1 and rescale the others to the remaining size.
 */
function iterativeReference(w: readonly number[], n: number): number[] {
  const pi = w.map(() => 0);
  const capped = w.map(() => false);
  for (;;) {
    let rest = n;
    let sum = 0;
    w.forEach((x, i) => {
      if (capped[i]) rest -= 1;
      else sum += x;
    });
    let changed = false;
    w.forEach((x, i) => {
      if (capped[i]) pi[i] = 1;
      else {
        pi[i] = x > 0 ? (rest * x) / sum : 0;
        if (pi[i]! >= 1) {
          capped[i] = true;
          changed = true;
        }
      }
    });
    if (!changed) return pi.map((p, i) => (capped[i] ? 1 : p));
  }
}

function relErr(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

const weights = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 20 }),
    fc.double({ min: 1e-8, max: 1e8, noNaN: true }),
    fc.constantFrom(1e-12, 1e12, 0),
  ),
  { minLength: 1, maxLength: 60 },
);

function sizeOf(w: readonly number[], k: number): number {
  const positives = w.filter((x) => x > 0).length;
  return k % (positives + 1);
}

describe('inclusionProbabilities', () => {
  it('published: weights 1, 2, 3, 4, 10 with n = 2 give 0.1, 0.2, 0.3, 0.4, 1', () => {
    const pi = inclusionProbabilities([1, 2, 3, 4, 10], 2);
    [0.1, 0.2, 0.3, 0.4, 1].forEach((x, i) => {
      expect(pi[i]).toBeCloseTo(x, 15);
    });
  });

  it('agrees with the iterative capping definition to 1e-12 relative (2000 populations)', () => {
    let withCaps = 0;
    fc.assert(
      fc.property(weights, fc.nat(), (w, k) => {
        const n = sizeOf(w, k);
        const pi = inclusionProbabilities(w, n);
        const ref = iterativeReference(w, n);
        // 1e-12 relative; below 1e-15 absolute both are rounding: e.g. weights (1e12, 1e-8), n = 1:
        // the reference computes 1e12 / (1e12 + 1e-8) = 1 in floating point, caps it and gives the
        // other unit 0, where the exact answer (and ours) is 1e-20.
        pi.forEach((p, i) => {
          if (relErr(p, ref[i]!) > 1e-12 && Math.abs(p - ref[i]!) > 1e-15) {
            throw new Error(`unit ${i}: ${p} vs ${ref[i]}`);
          }
        });
        if (ref.some((p, i) => p === 1 && pi[i] === 1) && ref.some((p) => p > 0 && p < 1)) withCaps++;
      }),
      { seed: 424242, numRuns: 2000 },
    );
    expect(withCaps).toBeGreaterThan(200); // populations where capping at 1 actually happened
  });

  it('with bounds: clamp(c w, min, max) for one c, summing to n; zero weights stay 0 (2000 populations)', () => {
    fc.assert(
      fc.property(
        weights,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, k, x, y) => {
          const lo = Math.min(x, y) / 2;
          const hi = Math.max(x, y);
          const positives = w.filter((v) => v > 0).length;
          const n = sizeOf(w, k);
          const tol = 1e-9 * Math.max(1, n);
          if (n < positives * lo - tol || n > positives * hi + tol) {
            expect(() => inclusionProbabilities(w, n, { min: lo, max: hi })).toThrow(FairdrawError);
            return;
          }
          const pi = inclusionProbabilities(w, n, { min: lo, max: hi });
          expect(Math.abs(pi.reduce((a, b) => a + b, 0) - n)).toBeLessThan(1e-9 * Math.max(1, n));
          // one scale c: every unit strictly between the bounds has pi / w equal to the same c
          let c: number | undefined;
          pi.forEach((p, i) => {
            if (w[i] === 0) expect(p).toBe(0);
            else {
              expect(p).toBeGreaterThanOrEqual(lo);
              expect(p).toBeLessThanOrEqual(hi);
              if (p > lo && p < hi) {
                const ci = p / w[i]!;
                if (c === undefined) c = ci;
                else expect(relErr(ci, c)).toBeLessThan(1e-12);
              }
            }
          });
          // and the units at a bound are on the right side of c
          if (c !== undefined) {
            pi.forEach((p, i) => {
              if (w[i]! > 0 && p === hi) expect(c! * w[i]! >= hi * (1 - 1e-12)).toBe(true);
              if (w[i]! > 0 && p === lo) expect(c! * w[i]! <= lo * (1 + 1e-12)).toBe(true);
            });
          }
        },
      ),
      { seed: 434343, numRuns: 2000 },
    );
  });

  it('edge cases: n = 0, n = #positive, all equal, min = max, exact floor', () => {
    expect(inclusionProbabilities([1, 2, 0], 0)).toEqual([0, 0, 0]);
    expect(inclusionProbabilities([1, 2, 0], 2)).toEqual([1, 1, 0]);
    expect(inclusionProbabilities([3, 3, 3, 3], 2)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(inclusionProbabilities([1, 5, 9, 0], 1, { min: 1 / 3, max: 1 / 3 })).toEqual([
      1 / 3,
      1 / 3,
      1 / 3,
      0,
    ]);
    expect(inclusionProbabilities([1, 1, 100], 1, { min: 0.25 })).toEqual([0.25, 0.25, 0.5]);
    expect(inclusionProbabilities([1, 1e-300, 1e-300], 2)).toEqual([1, 0.5, 0.5]);
  });

  it('bad input: a FairdrawError naming the field', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => inclusionProbabilities([1, Number.NaN], 1), 'weights[1]', /finite number >= 0, got NaN/],
      [() => inclusionProbabilities([1, -2], 1), 'weights[1]', /got -2/],
      [() => inclusionProbabilities([Number.POSITIVE_INFINITY, 1], 1), 'weights[0]', /got Infinity/],
      [() => inclusionProbabilities([], 0), 'weights', /must not be empty/],
      [() => inclusionProbabilities([1, 2], -1), 'n', /integer >= 0, got -1/],
      [() => inclusionProbabilities([1, 2], 1.5), 'n', /got 1.5/],
      [() => inclusionProbabilities([1, 2], '1' as unknown as number), 'n', /got "1"/],
      [() => inclusionProbabilities([1, 0, 2], 3), 'n', /number of positive weights \(2\), got 3/],
      [
        () => inclusionProbabilities([1, 2], 1, { min: 0.6, max: 0.5 }),
        'bounds.min',
        /must not exceed bounds.max/,
      ],
      [() => inclusionProbabilities([1, 2], 1, { min: -0.1 }), 'bounds.min', /\[0, 1\]/],
      [() => inclusionProbabilities([1, 2], 1, { max: 1.5 }), 'bounds.max', /\[0, 1\]/],
      [() => inclusionProbabilities([1, 2], 1, { max: Number.NaN }), 'bounds.max', /number in \[0, 1\]/],
      [() => inclusionProbabilities([1, 2, 3], 1, { min: 0.4 }), 'bounds.min', /at least 1.2.* n = 1/],
      [() => inclusionProbabilities([1, 2, 3], 2, { max: 0.6 }), 'bounds.max', /at most 1.7999.* n = 2/],
      [() => inclusionProbabilities([1, 2], 1, { low: 0.1 } as never), 'bounds.low', /unknown field/],
      [() => inclusionProbabilities('12' as never, 1), 'weights', /array/],
      [() => inclusionProbabilities([1e-301, 1], 1), 'weights', /1e300/],
    ];
    for (const [run, path, message] of cases) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(FairdrawError);
      expect((error as FairdrawError).path).toBe(path);
      expect((error as FairdrawError).message).toMatch(message);
      expect((error as FairdrawError).message.startsWith(`${path}: `)).toBe(true);
    }
  });

  it('fuzz: arbitrary junk either gives a valid vector or a FairdrawError (never another error)', () => {
    const junkWeights = fc.oneof(
      fc.anything(),
      fc.array(fc.oneof(fc.double(), fc.integer(), fc.anything()), { maxLength: 20 }),
      fc.array(fc.double({ min: 0, noNaN: true }), { maxLength: 50 }),
      fc.array(fc.double({ min: 0, max: 1e-300, noNaN: true }), { maxLength: 10 }),
    );
    const junkN = fc.oneof(fc.anything(), fc.integer({ min: -2, max: 60 }), fc.double());
    const junkBounds = fc.oneof(
      fc.constant(undefined),
      fc.anything(),
      fc.record({ min: fc.double(), max: fc.double() }, { requiredKeys: [] }),
      fc.record({
        min: fc.double({ min: 0, max: 1, noNaN: true }),
        max: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(junkWeights, junkN, junkBounds, (w, n, b) => {
        try {
          const pi = inclusionProbabilities(w as number[], n as number, b as never);
          expect(pi.length).toBe((w as number[]).length);
          const sum = pi.reduce((a, x) => a + x, 0);
          expect(Math.abs(sum - (n as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, n as number));
          for (const p of pi) expect(p >= 0 && p <= 1).toBe(true);
        } catch (e) {
          if (!(e instanceof FairdrawError)) throw e;
        }
      }),
      { seed: 777, numRuns: 3000 },
    );
  });

  it('large populations: N = 1e5 with caps sums to n exactly (to rounding)', () => {
    const w = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1000) + 1 + (i % 97 === 0 ? 1e6 : 0));
    const pi = inclusionProbabilities(w, 5000);
    expect(Math.abs(pi.reduce((a, b) => a + b, 0) - 5000)).toBeLessThan(1e-8);
    expect(pi.filter((p) => p === 1).length).toBeGreaterThan(0);
  });
});
