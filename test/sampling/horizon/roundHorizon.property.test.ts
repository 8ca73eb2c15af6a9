import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { roundHorizon } from '../../../src/sampling/horizon/roundHorizon.js';
import { horizonCounts } from '../../reference/horizonCounts.js';
import { horizonCase } from './arbitraries.js';
import { cappedProportional, checkHorizon, countingRng, enumerateCoin } from './helpers.js';

describe('roundHorizon: properties on random horizons', () => {
  it('(b) period totals, (c) stratum floor/ceil, (d) unit floor/ceil, sorted, 0 never, 1 always', () => {
    fc.assert(
      fc.property(
        horizonCase({ units: [1, 60], periods: [1, 14], strataMax: 8 }),
        fc.string({ maxLength: 12 }),
        ({ pi, strata }, seed) => {
          const out = roundHorizon(pi, strata ? { rng: createRng(seed), strata } : { rng: createRng(seed) });
          expect(checkHorizon(pi, strata, out)).toEqual([]);
        },
      ),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('integral unit totals (cyclic horizons: every Lambda_i = n in exact arithmetic) give exactly n visits', () => {
    // pi[t][i] = base[(i + t) mod N] with T = N: every unit sees every value once. In floating point the
    // sums are only near n, which is what pinNearIntegral must absorb.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.string({ maxLength: 8 }),
        (weights, share, H, seed) => {
          const N = weights.length;
          const positive = weights.filter((w) => w > 0).length;
          const base = cappedProportional(weights, Math.round(share * positive));
          const pi = Array.from({ length: N }, (_, t) =>
            Array.from({ length: N }, (_, i) => base[(i + t) % N]!),
          );
          const strata = Array.from({ length: N }, (_, i) => i % H);
          const out = roundHorizon(pi, { rng: createRng(seed), strata });
          expect(checkHorizon(pi, strata, out)).toEqual([]);
          const n = Math.round(base.reduce((s, p) => s + p, 0));
          expect(horizonCounts(out, N)).toEqual(new Array<number>(N).fill(n));
        },
      ),
      { seed: 77, numRuns: 300 },
    );
  });

  it('near-integral totals are exact in every branch (enumerated): 0.1 x 10 periods is exactly one visit', () => {
    // 0.1 + 0.1 + ... (10 times) is 0.9999999999999999 in doubles; the unit must be drawn exactly once.
    for (const [row, T, counts] of [
      [[0.1, 0.9], 10, [1, 9]],
      [[0.2, 0.4, 0.4], 5, [1, 2, 2]],
      [[0.2, 0.6, 0.2], 5, [1, 3, 1]],
    ] as const) {
      const pi = Array.from({ length: T }, () => [...row]);
      const leaves = enumerateCoin((coin) => roundHorizon(pi, { rng: createRng('tenths'), coin }), 50_000);
      expect(leaves.length).toBeGreaterThan(1);
      let total = 0;
      for (const { prob, value } of leaves) {
        total += prob;
        expect(checkHorizon(pi, undefined, value)).toEqual([]);
        expect(horizonCounts(value, row.length)).toEqual(counts);
      }
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('consumes exactly 2N - 1 uniforms for the order, plus one per cycle with the default coin', () => {
    fc.assert(
      fc.property(horizonCase({ units: [1, 30], periods: [1, 8], strataMax: 4 }), ({ pi, strata }) => {
        const N = pi[0]!.length;
        const rng = countingRng(createRng('count'));
        let tosses = 0;
        roundHorizon(pi, {
          rng,
          strata,
          coin: (p) => {
            tosses++;
            return p > 0.5;
          },
        });
        expect(rng.calls).toBe(2 * N - 1);
        const rng2 = countingRng(createRng('count'));
        roundHorizon(pi, { rng: rng2, strata });
        expect(rng2.calls).toBeGreaterThanOrEqual(2 * N - 1);
        expect(tosses).toBeLessThanOrEqual(pi.length * N + N + pi.length * 8);
      }),
      { seed: 99, numRuns: 100 },
    );
  });

  it('is deterministic: the same seed gives the same draw, another seed usually another', () => {
    const pi = Array.from({ length: 12 }, (_, t) => Array.from({ length: 40 }, (_, i) => ((i + t) % 4) / 6));
    const strata = Array.from({ length: 40 }, (_, i) => i % 3);
    const a = roundHorizon(pi, { rng: createRng('same'), strata });
    const b = roundHorizon(pi, { rng: createRng('same'), strata });
    const c = roundHorizon(pi, { rng: createRng('other'), strata });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('long horizons with awkward floating-point values keep (b)-(d) (no drift)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 200 }),
        fc.integer({ min: 20, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.string({ maxLength: 8 }),
        (N, T, H, seed) => {
          const r = createRng(`w-${seed}`);
          const strata = Array.from({ length: N }, (_, i) => `h${i % H}`);
          const pi = Array.from({ length: T }, () => {
            const w = Array.from({ length: N }, () => (r.next() < 0.1 ? 0 : 1 / (1 + 7 * r.next())));
            const positive = w.filter((x) => x > 0).length;
            return cappedProportional(w, Math.min(positive, Math.max(0, Math.round(N / 7))));
          });
          const out = roundHorizon(pi, { rng: createRng(seed), strata });
          expect(checkHorizon(pi, strata, out)).toEqual([]);
        },
      ),
      { seed: 123, numRuns: 60 },
    );
  });
});
