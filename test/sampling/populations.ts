// fast-check generators of inclusion-probability vectors for exact tests (N <= 10).
import fc from 'fast-check';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';

/** A weight: often tied (small integers), sometimes tiny or zero or large (capped at 1). */
export const weight = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 3, arbitrary: fc.double({ min: 0.01, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e-6, 1e-9, 0) },
  { weight: 1, arbitrary: fc.constantFrom(50, 1000) },
);

/**
 * A pi vector of length minN..maxN from random weights and a sample size n in 1..positives-1 or,
 * sometimes, the edge cases n = 1 and n = positives - 1.
 */
export function piVector(minN: number, maxN: number): fc.Arbitrary<number[]> {
  return fc
    .tuple(
      fc.array(weight, { minLength: minN, maxLength: maxN }),
      fc.nat(),
      fc.constantFrom('any', 'one', 'all-but-one'),
    )
    .filter(([w]) => w.filter((x) => x > 0).length >= 2)
    .map(([w, k, mode]) => {
      const positives = w.filter((x) => x > 0).length;
      const n = mode === 'one' ? 1 : mode === 'all-but-one' ? positives - 1 : 1 + (k % (positives - 1));
      return inclusionProbabilities(w, n);
    });
}
