/**
 * A fixed-size sampling design that realises given inclusion probabilities exactly:
 * - `maxent`: conditional Poisson sampling, the maximum-entropy design (default);
 * - `pivotal`: Deville–Tillé pivotal splitting on a random order;
 * - `systematic`: systematic selection on a random order.
 */
export type Design = 'maxent' | 'pivotal' | 'systematic';

/** Every design name, in documentation order. */
export const DESIGNS: readonly Design[] = ['maxent', 'pivotal', 'systematic'];

/**
 * The version of a design's draw: which random numbers it reads and how it maps them to a sample
 * (`docs/spec/designs.md`). Every version of a design is the same design (the same probability of
 * every sample); a new version only changes which sample a given seed gives.
 * - `maxent@1`: conditional Poisson sampling by rejection (`docs/spec/maxent.md`);
 * - `pivotal@2`, `systematic@2`: the random order from 32-bit words, `j = uniformBelow(i + 1)`
 *   (unbiased), and pivotal's coins `lazyCoin(p)` (one word per toss, decided as `next() < p`).
 *
 * `pivotal@1` and `systematic@1` (the random order and the coins from doubles) existed only before the
 * first release and were withdrawn; no published schedule holds them.
 */
export type DesignVersion = 1 | 2;

/** The versions each design can draw, oldest first; the last is the one used by default. */
export const DESIGN_VERSIONS: Readonly<Record<Design, readonly DesignVersion[]>> = {
  maxent: [1],
  pivotal: [2],
  systematic: [2],
};

/** The version a design draws with by default: its newest. */
export function latestVersion(design: Design): DesignVersion {
  const versions = DESIGN_VERSIONS[design];
  return versions[versions.length - 1]!;
}
