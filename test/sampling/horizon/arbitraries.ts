import * as fc from 'fast-check';
import { cappedProportional } from './helpers.js';

/** A horizon: `pi[t][i]` with integral period sums, and optional stratum labels. */
export interface HorizonCase {
  pi: number[][];
  strata: (string | number)[] | undefined;
}

/**
 * Random horizons: `N` units, `T` periods, each period's probabilities proportional to integer weights in
 * `0..4` (0 = inactive that period, capping gives some 1s) with a random integer sample size, and with
 * probability 1/2 stratum labels drawn from `strataMax` labels (mixing strings and numbers).
 */
export function horizonCase(sizes: {
  units: [number, number];
  periods: [number, number];
  strataMax: number;
  withStrata?: boolean;
}): fc.Arbitrary<HorizonCase> {
  return fc
    .record({
      N: fc.integer({ min: sizes.units[0], max: sizes.units[1] }),
      T: fc.integer({ min: sizes.periods[0], max: sizes.periods[1] }),
    })
    .chain(({ N, T }) =>
      fc.record({
        rows: fc.array(
          fc.record({
            weights: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: N, maxLength: N }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: T, maxLength: T },
        ),
        strata:
          sizes.withStrata === false
            ? fc.constant(undefined)
            : sizes.withStrata === true
              ? labels(N, sizes.strataMax)
              : fc.option(labels(N, sizes.strataMax), { nil: undefined }),
      }),
    )
    .map(({ rows, strata }) => ({
      pi: rows.map(({ weights, share }) => {
        const positive = weights.filter((w) => w > 0).length;
        return cappedProportional(weights, Math.round(share * positive));
      }),
      strata,
    }));
}

function labels(N: number, max: number): fc.Arbitrary<(string | number)[]> {
  const pool: (string | number)[] = ['station', 'traffic', 7, 'patrol', 0, 'marine', 'detention', 3];
  return fc.array(
    fc.integer({ min: 0, max: Math.max(0, Math.min(max, pool.length) - 1) }).map((k) => pool[k]!),
    { minLength: N, maxLength: N },
  );
}
