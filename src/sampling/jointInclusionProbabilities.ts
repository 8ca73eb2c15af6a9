import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import { says } from '../model/schemaWords.js';
import { validate } from '../model/validate.js';
import { checkInclusion } from './checkInclusion.js';
import { DESIGNS, type Design } from './Design.js';
import { maxentJoint } from './maxent/maxentJoint.js';
import { pivotalJoint } from './pivotalJoint.js';
import { systematicJoint } from './systematicJoint.js';

/** Options of {@link jointInclusionProbabilities}. */
export interface JointOptions {
  /**
   * A fixed visiting order (a permutation of `0 .. N-1`) for `pivotal` or `systematic`: the joint
   * probabilities of the ordered design (`pivotalOrdered`, `systematicOrdered`) instead of the
   * randomised one.
   */
  order?: readonly number[];
}

/** Most fractional units for which the randomised pivotal and systematic designs are enumerated. */
export const MAX_ENUMERATED_UNITS = 8;

/** Most fractional units for the fixed-order pivotal computation (O(M^3)). */
export const MAX_PIVOTAL_JOINT_UNITS = 500;

const optionsSchema = z.strictObject({
  order: z.array(z.number().int(says('integer')), { error: says('unitIndices') }).optional(),
});

/**
 * The exact joint inclusion probabilities `pi_kl = P(k and l both drawn)` of a design (the diagonal
 * holds `pi`), as needed by variance estimators (Sen–Yates–Grundy, Horvitz–Thompson).
 *
 * - `maxent`: the closed form of conditional Poisson sampling (`maxentJoint`; Aires 1999; Tillé,
 *   *Sampling Algorithms*, Springer 2006, sect. 5.6). Any N.
 * - `systematic` with `{ order }`: exact for that fixed order, the length of the intersection of the
 *   two units' arcs of the start `u` (`systematicJoint`), O(N^2). Without an order (the randomised
 *   design of `drawSample`) it is the average over all orders of the fractional units, computed by
 *   enumerating them, for at most 8 fractional units; beyond, no exact form is known (Hartley & Rao
 *   1962 give only an approximation) and the call throws `unsupported`.
 * - `pivotal` with `{ order }`: exact for that fixed order by propagating the split tree
 *   (`pivotalJoint`), O(M^3) for M fractional units, at most 500 of them (about 1.5 s). Without an order, the
 *   average over all orders for at most 8 fractional units; beyond, `unsupported`.
 *
 * @throws {@link FairdrawError} naming `pi`, `design` or `options.order`; code `unsupported` when no
 *   exact computation is available for the request.
 * @returns an `N x N` symmetric matrix.
 */
export function jointInclusionProbabilities(
  pi: readonly number[],
  design: Design,
  options?: JointOptions,
): number[][] {
  if (!Array.isArray(pi)) throw new FairdrawError('invalid-input', 'pi', (t) => t.sampling.numbersInUnit);
  checkInclusion(pi, 'pi');
  if (typeof design !== 'string' || !(DESIGNS as readonly string[]).includes(design)) {
    const got = String(design);
    throw new FairdrawError('invalid-input', 'design', (t) => t.sampling.designOneOf(DESIGNS, got));
  }
  const { order } = options === undefined ? {} : validate(optionsSchema, options, 'options');
  const N = pi.length;
  if (order !== undefined) {
    if (design === 'maxent') {
      throw new FairdrawError('invalid-input', 'options.order', (t) => t.sampling.orderMaxent);
    }
    if (order.length !== N) {
      throw new FairdrawError('invalid-input', 'options.order', (t) =>
        t.sampling.orderLength(N, order.length),
      );
    }
    const seen = new Uint8Array(N);
    order.forEach((i, k) => {
      if (i < 0 || i >= N || seen[i] === 1) {
        throw new FairdrawError('invalid-input', `options.order[${k}]`, (t) =>
          i < 0 || i >= N ? t.sampling.orderIndex(N - 1, i) : t.sampling.orderRepeats(i),
        );
      }
      seen[i] = 1;
    });
  }
  if (design === 'maxent') return toArrays(maxentJoint(pi));
  const fractional: number[] = [];
  const fixed: number[] = [];
  for (let i = 0; i < N; i++) (pi[i]! > 0 && pi[i]! < 1 ? fractional : fixed).push(i);
  const M = fractional.length;
  const ordered = design === 'pivotal' ? pivotalJoint : systematicJoint;
  if (order !== undefined) {
    if (design === 'pivotal' && M > MAX_PIVOTAL_JOINT_UNITS) {
      throw new FairdrawError('unsupported', 'pi', (t) =>
        t.sampling.pivotalTooMany(MAX_PIVOTAL_JOINT_UNITS, M),
      );
    }
    return toArrays(ordered(pi, order));
  }
  if (M > MAX_ENUMERATED_UNITS) {
    throw new FairdrawError('unsupported', 'design', (t) =>
      t.sampling.enumerationTooMany(design, MAX_ENUMERATED_UNITS, M),
    );
  }
  const sum: number[][] = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  const perm = fractional.slice();
  let count = 0;
  const visit = () => {
    const joint = ordered(pi, [...perm, ...fixed]);
    for (let i = 0; i < N; i++) for (let l = 0; l < N; l++) sum[i]![l]! += joint[i]![l]!;
    count++;
  };
  permute(perm, 0, visit);
  for (const row of sum) for (let l = 0; l < N; l++) row[l]! /= count;
  for (let i = 0; i < N; i++) sum[i]![i] = pi[i]!;
  return sum;
}

/** Calls `visit` once for every permutation of `a[k..]` (Heap-free recursive swaps; restores `a`). */
function permute(a: number[], k: number, visit: () => void): void {
  if (k >= a.length - 1) {
    visit();
    return;
  }
  for (let i = k; i < a.length; i++) {
    [a[k], a[i]] = [a[i]!, a[k]!];
    permute(a, k + 1, visit);
    [a[k], a[i]] = [a[i]!, a[k]!];
  }
}

function toArrays(rows: Float64Array[]): number[][] {
  return rows.map((r) => Array.from(r));
}
