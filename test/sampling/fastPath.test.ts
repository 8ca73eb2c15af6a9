// The fast path of pivotal and systematic (fractionalOrder, pivotalPositions / systematicPositions,
// selectedUnits, used by runDesign) against the reference path (randomOrder, then pivotalOrdered with
// lazyCoin or systematicOrdered with u = rng.next()), which the exact-enumeration tests walk: the
// same sample and the same random numbers, call for call, on every population and stream
// (pivotal@2 and systematic@2: 32-bit words, uniformBelow and lazyCoin).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { lazyCoin } from '../../src/random/lazyCoin.js';
import type { Rng } from '../../src/random/Rng.js';
import { checkInclusion } from '../../src/sampling/checkInclusion.js';
import { fractionalOrder } from '../../src/sampling/fractionalOrder.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { runDesign } from '../../src/sampling/runDesign.js';
import { pivotal } from '../reference/pivotal.js';
import { pivotalOrdered } from '../reference/pivotalOrdered.js';
import { randomOrder } from '../reference/randomOrder.js';
import { systematic } from '../reference/systematic.js';
import { systematicOrdered } from '../reference/systematicOrdered.js';
import { weight } from './populations.js';

type Fast = 'pivotal' | 'systematic';

/** The reference path, as runDesign ran it before the fast path (same early return without fractional units). */
function reference(design: Fast, pi: ArrayLike<number>, rng: Rng): number[] {
  let fractional = false;
  for (let i = 0; i < pi.length; i++) if (pi[i]! > 0 && pi[i]! < 1) fractional = true;
  if (!fractional) {
    const out: number[] = [];
    for (let i = 0; i < pi.length; i++) if (pi[i]! >= 1) out.push(i);
    return out;
  }
  const order = randomOrder(pi, rng);
  if (design === 'systematic') return systematicOrdered(pi, order, rng.next());
  return pivotalOrdered(pi, order, (p) => lazyCoin(rng, p));
}

/** An Rng that records every value it hands out (words as `-1 - w`, so the two kinds differ). */
function recording(rng: Rng): Rng & { log: number[] } {
  const log: number[] = [];
  return {
    log,
    next: () => {
      const u = rng.next();
      log.push(u);
      return u;
    },
    nextUint32: () => {
      const w = rng.nextUint32();
      log.push(-1 - w);
      return w;
    },
  };
}

/**
 * A stream that cycles through given doubles in [0, 1) (adversarial values: 0, 1 - 2^-53, ...); its
 * words are the same values scaled, `floor(u * 2^32)` (0 and 2^32 - 1 among them), for the first 500
 * words, then seeded words: a cycle of words that `uniformBelow` rejects would otherwise never end (no
 * generator repeats one word forever; rejections themselves are exercised by test/random).
 */
function cycling(values: readonly number[]): Rng {
  let k = 0;
  let words = 0;
  const tail = createRng('fast-path-cycling-tail');
  return {
    next: () => values[k++ % values.length]!,
    nextUint32: () =>
      words++ < 500 ? Math.floor(values[k++ % values.length]! * 2 ** 32) : tail.nextUint32(),
  };
}

/**
 * Runs both paths on the same sequence of vectors, each path with its own copy of the stream, and
 * checks: same samples, same random numbers (values and count) after every vector.
 */
function agree(design: Fast, vectors: readonly ArrayLike<number>[], stream: () => Rng): void {
  const fast = recording(stream());
  const ref = recording(stream());
  for (const pi of vectors) {
    const a = runDesign(design, pi, fast);
    const b = reference(design, pi, ref);
    expect(a.length).toBe(b.length);
    expect(firstDifference(a, b)).toBe(-1);
    expect(fast.log.length).toBe(ref.log.length);
  }
  expect(firstDifference(fast.log, ref.log)).toBe(-1);
}

/** The first index where two arrays differ (Object.is), or -1 (cheaper than toEqual on long arrays). */
function firstDifference(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) if (!Object.is(a[k], b[k])) return k;
  return -1;
}

/** pi from weights (ties, zeros, tiny and capped weights), N up to maxN, n anywhere in 1 .. P-1. */
function weightedPi(maxN: number): fc.Arbitrary<number[]> {
  return fc
    .tuple(fc.array(weight, { minLength: 1, maxLength: maxN }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([w, f]) => {
      const positives = w.filter((x) => x > 0).length;
      if (positives === 0) return w.map(() => 0);
      return inclusionProbabilities(w, Math.min(positives, Math.max(0, Math.round(f * positives))));
    });
}

/**
 * Dyadic pi (multiples of 1/8, 0 and 1 included) with an integer sum: every partial sum is exact, so
 * the pivot's residual hits 0 exactly (a new pivot starts) and systematic arcs end exactly on the
 * start u = k/8.
 */
const dyadicPi = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 60 }).map((ks) => {
  const total = ks.reduce((a, b) => a + b, 0);
  const out = ks.map((k) => k / 8);
  const rest = (8 - (total % 8)) % 8; // top up the last entries so that the sum is an integer
  for (let i = out.length - 1, r = rest; r > 0 && i >= 0; i--) {
    const add = Math.min(r, 8 - ks[i]!);
    out[i] = (ks[i]! + add) / 8;
    r -= add;
  }
  return out;
});

/**
 * Decimal pi (multiples of 1/100, 0 and 1 included) with a sum that is an integer in decimal: their
 * binary partial sums carry rounding, which exercises the rounding guards of systematic (an arc
 * longer than 1, too few hits when u sits at the very end).
 */
const decimalPi = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }).map((ks) => {
  const out = [...ks];
  let rest = (100 - (out.reduce((a, b) => a + b, 0) % 100)) % 100;
  for (let i = out.length - 1; rest > 0 && i >= 0; i--) {
    const add = Math.min(rest, 100 - out[i]!);
    out[i]! += add;
    rest -= add;
  }
  return out.map((k) => k / 100);
});

const validPi = (pi: readonly number[]) => {
  try {
    checkInclusion(pi);
    return true;
  } catch {
    return false;
  }
};

const edgeStream = fc.array(
  fc.oneof(
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    fc.constantFrom(0, 2 ** -53, 0.5, 0.125, 0.875, 0.99, 1 - 2 ** -52, 1 - 2 ** -53),
  ),
  { minLength: 1, maxLength: 40 },
);

describe('fast path of pivotal and systematic = reference path, draw for draw', () => {
  for (const [design, version] of [
    ['pivotal', 2],
    ['systematic', 2],
  ] as const) {
    it(`${design}@${version}: weighted populations up to N = 2000, seeded streams (300 cases)`, () => {
      fc.assert(
        fc.property(weightedPi(2000), fc.string({ maxLength: 12 }), (pi, seed) => {
          agree(design, [pi], () => createRng(`fast-path-${seed}`));
        }),
        { seed: 20261123, numRuns: 300 },
      );
    });

    it(`${design}@${version}: dyadic populations (exact residuals, ties, 0 and 1) with adversarial streams (1000 cases)`, () => {
      fc.assert(
        fc.property(dyadicPi.filter(validPi), edgeStream, (pi, stream) => {
          agree(design, [pi], () => cycling(stream));
        }),
        { seed: 20261124, numRuns: 1000 },
      );
    });

    it(`${design}@${version}: decimal populations (rounded partial sums) with adversarial streams (1000 cases)`, () => {
      fc.assert(
        fc.property(decimalPi.filter(validPi), edgeStream, (pi, stream) => {
          agree(design, [pi], () => cycling(stream));
        }),
        { seed: 20261127, numRuns: 1000 },
      );
    });

    it(`${design}@${version}: several vectors drawn from one stream (as drawSample does per stratum), Float64Array inputs (300 cases)`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(weightedPi(200), dyadicPi.filter(validPi), decimalPi.filter(validPi)), {
            minLength: 1,
            maxLength: 5,
          }),
          fc.nat(),
          (vectors, seed) => {
            agree(
              design,
              vectors.map((v, k) => (k % 2 === 0 ? v : Float64Array.from(v))),
              () => createRng(`fast-path-multi-${seed}`),
            );
          },
        ),
        { seed: 20261125, numRuns: 300 },
      );
    });
  }

  it('large populations: N = 1e5 with caps at 1 and zero weights, 3 seeds each (both designs)', () => {
    const g = createRng('fast-path-large');
    const w = Array.from({ length: 100_000 }, () => {
      const u = g.next();
      return u < 0.1 ? 0 : (1 - g.next()) ** (-2 / 3);
    });
    for (const n of [1000, 30_000]) {
      const pi = inclusionProbabilities(w, n);
      expect(pi.filter((p) => p === 1).length).toBeGreaterThan(0);
      for (const design of ['pivotal', 'systematic'] as const) {
        for (const s of [1, 2, 3]) agree(design, [pi], () => createRng(`fast-path-large-${n}-${s}`));
      }
    }
  });

  it('fractionalOrder: the probabilities in the order of randomOrder, same random numbers', () => {
    fc.assert(
      fc.property(weightedPi(300), fc.nat(), (pi, seed) => {
        const a = recording(createRng(`fo-${seed}`));
        const b = recording(createRng(`fo-${seed}`));
        const fast = fractionalOrder(pi, a);
        const order = randomOrder(pi, b);
        const M = fast.values.length;
        expect(Array.from(fast.values)).toEqual(Array.from(order.subarray(0, M), (i) => pi[i]!));
        expect(M === order.length || !(pi[order[M]!]! > 0 && pi[order[M]!]! < 1)).toBe(true);
        expect(fast.ones).toBe(pi.filter((p) => p >= 1).length);
        expect(a.log).toEqual(b.log);
      }),
      { seed: 20261126, numRuns: 200 },
    );
  });

  it('pivotal() and systematic() validate before drawing: the same FairdrawError, no random number used', () => {
    for (const bad of [
      [0.5, Number.NaN, 0.5],
      [0.5, 0.6],
      [],
      [1.5, -0.5],
      ['0.5', 0.5] as unknown as number[],
    ]) {
      for (const f of [pivotal, systematic]) {
        const rng = recording(createRng('bad'));
        let err: unknown;
        try {
          f(bad, rng);
        } catch (e) {
          err = e;
        }
        let expected: unknown;
        try {
          checkInclusion(bad);
        } catch (e) {
          expected = e;
        }
        expect(err).toBeDefined();
        expect((err as Error).message).toBe((expected as Error).message);
        expect(rng.log).toEqual([]);
      }
    }
  });
});
