import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import { customIssue, ofInput, says } from '../model/schemaWords.js';
import { validate } from '../model/validate.js';
import { INTEGER_TOLERANCE } from './checkInclusion.js';
import { heaviestFirst } from './heaviestFirst.js';

/** Bounds on every positive-weight unit's inclusion probability. */
export interface InclusionBounds {
  /** Floor of every positive-weight unit's probability (default 0). */
  min?: number;
  /** Ceiling of every unit's probability (default 1). */
  max?: number;
}

const probability = z
  .number({ error: ofInput((t, input) => t.schema.numberInUnit(String(input))) })
  .min(0, says('probability'))
  .max(1, says('probability'));

const boundsSchema = z
  .strictObject({ min: probability.optional(), max: probability.optional() })
  .superRefine((b, ctx) => {
    const { min, max } = b;
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue(customIssue(['min'], (t) => t.plan.boundsOrder(min, max)));
    }
  });

/** Largest accepted ratio between the largest and the smallest positive weight. */
export const MAX_WEIGHT_RATIO = 1e300;

/**
 * Inclusion probabilities proportional to size, with bounds: `pi_i = clamp(c * w_i, min, max)` for
 * every unit with a positive weight, `pi_i = 0` for a zero weight (the unit is out of the draw; `min`
 * does not apply to it), and the scale `c` chosen so that `sum(pi) = n`.
 *
 * The sum is a continuous, nondecreasing, piecewise-linear function of `c` whose breakpoints are
 * `min / w_i` and `max / w_i`. They are swept in increasing order until the piece that reaches `n`
 * is found, and `c` is solved linearly on that piece: no iteration, no bisection. With the default
 * bounds this is the survey statisticians' definition of capping (Tillé, *Sampling Algorithms*,
 * Springer 2006, sect. 2.10; R `sampling::inclusionprobabilities`): units whose probability reaches 1
 * are fixed at 1 and the others rescaled, until stable. The units strictly between the bounds get
 * `(n - min * #atMin - max * #atMax) * w_i / W`, with `W` the sum of their weights.
 *
 * @param weights - finite, nonnegative weights (only ratios matter; the largest over the smallest
 *   positive weight must not exceed 1e300).
 * @param n - the sample size: an integer from 0 to the number of positive weights.
 * @param bounds - `min` and `max` in [0, 1], `min <= max`; `n` must lie in
 *   `[#positive * min, #positive * max]`.
 * @returns one probability per weight, summing to `n` (to rounding).
 * @throws {@link FairdrawError} naming `weights[i]`, `n` or `bounds.min`/`bounds.max`.
 */
export function inclusionProbabilities(
  weights: readonly number[],
  n: number,
  bounds?: InclusionBounds,
): number[] {
  if (!Array.isArray(weights)) {
    throw new FairdrawError('invalid-input', 'weights', (t) => t.sampling.weightsNotArray);
  }
  const N = weights.length;
  if (N === 0) throw new FairdrawError('invalid-input', 'weights', (t) => t.schema.notEmpty);
  let wMax = 0;
  let wMin = Number.POSITIVE_INFINITY;
  let positive = 0;
  for (let i = 0; i < N; i++) {
    const w = weights[i];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      const got = describe(w);
      throw new FairdrawError('invalid-input', `weights[${i}]`, (t) => t.sampling.finiteAtLeast0(got));
    }
    if (w > 0) {
      positive++;
      if (w > wMax) wMax = w;
      if (w < wMin) wMin = w;
    }
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    const got = describe(n);
    throw new FairdrawError('invalid-input', 'n', (t) => t.sampling.integerAtLeast0(got));
  }
  const b = bounds === undefined ? {} : validate(boundsSchema, bounds, 'bounds');
  const lo = b.min ?? 0;
  const hi = b.max ?? 1;
  if (n > positive) {
    throw new FairdrawError('invalid-input', 'n', (t) => t.sampling.tooManyDraws(positive, n));
  }
  const pi = new Array<number>(N).fill(0);
  if (positive === 0) return pi;
  if (wMax / wMin > MAX_WEIGHT_RATIO) {
    throw new FairdrawError('invalid-input', 'weights', (t) => t.sampling.weightRatio(wMax, wMin));
  }
  const tol = INTEGER_TOLERANCE * Math.max(1, n);
  if (n < positive * lo - tol) {
    throw new FairdrawError('infeasible', 'bounds.min', (t) =>
      t.sampling.floorTooHigh(positive, lo, positive * lo, n),
    );
  }
  if (n > positive * hi + tol) {
    throw new FairdrawError('infeasible', 'bounds.max', (t) =>
      t.sampling.ceilingTooLow(positive, hi, positive * hi, n),
    );
  }
  // Scale by a power of two (exact) so that the largest weight lies in [1, 2): sums cannot overflow.
  const scale = 2 ** -Math.floor(Math.log2(wMax));
  // Heaviest first (ties by index): the units at the ceiling are a prefix, the units at the floor a suffix.
  const idx = heaviestFirst(weights);
  const w = new Float64Array(positive);
  for (let k = 0; k < positive; k++) w[k] = weights[idx[k]!]! * scale;

  // suffix[k] = w[k] + ... + w[positive-1], summed from the lightest up (accurate for every tail).
  const suffix = new Float64Array(positive + 1);
  for (let k = positive - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + w[k]!;
  let atMax = 0; // units idx[0 .. atMax-1] are at the ceiling
  let atMin = positive; // units idx[atMin ..] are at the floor
  if (n >= positive * hi - tol) atMax = positive;
  else if (n <= positive * lo + tol) atMin = 0;
  else {
    // Sweep the breakpoints in increasing c. Heaviest units first both leave the floor (at lo / w)
    // and reach the ceiling (at hi / w), so the units strictly between are idx[reach .. leave-1].
    let leave = 0;
    let reach = 0;
    // Each step moves leave or reach up by one, and the sum reaches n before reach = positive.
    while (reach < positive) {
      const nextLeave = leave < positive ? lo / w[leave]! : Number.POSITIVE_INFINITY;
      const nextReach = hi / w[reach]!;
      const c = Math.min(nextLeave, nextReach);
      const wMid = suffix[reach]! - suffix[leave]!;
      const f = lo * (positive - leave) + hi * reach + c * wMid;
      if (f >= n) break;
      if (nextLeave <= nextReach) leave++;
      else reach++;
    }
    atMax = reach;
    atMin = leave;
  }
  for (let k = 0; k < atMax; k++) pi[idx[k]!] = hi;
  for (let k = atMin; k < positive; k++) pi[idx[k]!] = lo;
  if (atMin > atMax) {
    let wMid = 0;
    for (let k = atMin - 1; k >= atMax; k--) wMid += w[k]!;
    const rest = n - hi * atMax - lo * (positive - atMin);
    for (let k = atMax; k < atMin; k++) {
      const p = rest * (w[k]! / wMid);
      pi[idx[k]!] = Math.min(hi, Math.max(lo, p));
    }
  }
  return pi;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined (missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}
