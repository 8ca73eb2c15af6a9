import { FairdrawError } from '../model/FairdrawError.js';
import { INTEGER_TOLERANCE } from './tolerance.js';

/**
 * Checks a vector of inclusion probabilities and returns its sample size `n = round(sum(pi))`.
 * Throws a {@link FairdrawError} naming `path[i]` when an entry is not a finite number in [0, 1],
 * and `path` when the vector is empty or its sum is not an integer within 1e-9.
 */
export function checkInclusion(pi: ArrayLike<number>, path = 'pi'): number {
  if (pi.length === 0) throw new FairdrawError('invalid-input', path, 'must not be empty');
  let sum = 0;
  for (let i = 0; i < pi.length; i++) {
    const p = pi[i];
    // Same test as `!Number.isFinite(p) || p < 0 || p > 1` (NaN and ±Infinity fail `0 <= p <= 1`), in
    // one comparison pair: this pass runs before every draw.
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new FairdrawError(
        'invalid-input',
        `${path}[${i}]`,
        `must be a number in [0, 1], got ${String(p)}`,
      );
    }
    sum += p;
  }
  const n = Math.round(sum);
  if (Math.abs(sum - n) > INTEGER_TOLERANCE * Math.max(1, n)) {
    throw new FairdrawError(
      'invalid-input',
      path,
      `must sum to an integer sample size (tolerance 1e-9), got ${sum}`,
    );
  }
  return n;
}
