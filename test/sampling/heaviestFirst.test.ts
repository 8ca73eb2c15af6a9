import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { heaviestFirst } from '../../src/sampling/heaviestFirst.js';

/** The comparator sort that inclusionProbabilities used before the radix sort (the reference). */
function reference(weights: readonly number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0) idx.push(i);
  return idx.sort((a, c) => weights[c]! - weights[a]! || a - c);
}

const anyWeight = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) }, // many ties and zeros
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -0,
      Number.MIN_VALUE,
      2.2250738585072014e-308,
      1,
      1 + Number.EPSILON,
      1 - Number.EPSILON / 2,
      2 ** 52,
      Number.MAX_VALUE,
    ),
  },
);

describe('heaviestFirst: radix order = comparator order', () => {
  it('ties, zeros, subnormals, huge and nearby doubles (500 populations up to 3000 units)', () => {
    fc.assert(
      fc.property(fc.array(anyWeight, { maxLength: 3000 }), (w) => {
        expect(Array.from(heaviestFirst(w))).toEqual(reference(w));
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it('N = 1e5 Pareto weights with ties, and a Float64Array input', () => {
    const g = createRng('heaviest-first');
    const w = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? 3 : (1 - g.next()) ** (-2 / 3)));
    const got = heaviestFirst(Float64Array.from(w));
    expect(got.length).toBe(w.length);
    expect(Array.from(got)).toEqual(reference(w));
  });

  it('empty and all-zero inputs give an empty order', () => {
    expect(Array.from(heaviestFirst([]))).toEqual([]);
    expect(Array.from(heaviestFirst([0, 0]))).toEqual([]);
  });
});
