/**
 * The one source of randomness in fairdraw.
 *
 * `next()` returns a double in [0, 1) carrying 53 random bits. Every random decision in the library
 * is taken from an `Rng` passed in by the caller; nothing reads `Math.random`.
 */
export interface Rng {
  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number;
}
