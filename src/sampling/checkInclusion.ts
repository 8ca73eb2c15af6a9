import { FairdrawError } from '../model/FairdrawError.js';

/** How far a sum of inclusion probabilities may sit from an integer and still count as one. */
export const INTEGER_TOLERANCE = 1e-9;

/** `round(sum(pi))`: the sample size of a valid inclusion-probability vector (no validation). */
export function sampleSize(pi: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < pi.length; i++) sum += pi[i]!;
  return Math.round(sum);
}

/**
 * Checks a vector of inclusion probabilities and returns its sample size `n = round(sum(pi))`.
 * Throws a {@link FairdrawError} naming `path[i]` when an entry is not a finite number in [0, 1],
 * and `path` when the vector is empty or its sum is not an integer within 1e-9.
 */
export function checkInclusion(pi: ArrayLike<number>, path = 'pi'): number {
  const N = pi.length;
  if (N === 0) throw new FairdrawError('invalid-input', path, (t) => t.schema.notEmpty);
  let sum = 0;
  // This pass runs before every draw, so the loop is kept small: the length is read once, the error
  // is built out of line, and `!(0 <= p <= 1)` is the same test as `!Number.isFinite(p) || p < 0 || p > 1`.
  for (let i = 0; i < N; i++) {
    const p = pi[i];
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw badEntry(path, i, p);
    sum += p;
  }
  const n = Math.round(sum);
  if (Math.abs(sum - n) > INTEGER_TOLERANCE * Math.max(1, n)) {
    throw new FairdrawError('invalid-input', path, (t) => t.sampling.sumNotInteger(sum));
  }
  return n;
}

/** The error for entry `i` (kept out of the loop of {@link checkInclusion}). */
function badEntry(path: string, i: number, p: unknown): FairdrawError {
  return new FairdrawError('invalid-input', `${path}[${i}]`, (t) => t.schema.numberInUnit(String(p)));
}
