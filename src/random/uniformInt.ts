import type { Rng } from './Rng.js';

/**
 * A uniform integer in `[0, n)`, as `floor(next() * n)`.
 *
 * With 53-bit doubles and `n <= 2^32` the bias is below 2^-21 per value; callers in fairdraw use
 * `n` no larger than the population size.
 */
export function uniformInt(rng: Rng, n: number): number {
  return Math.floor(rng.next() * n);
}
