/**
 * The one source of randomness in fairdraw.
 *
 * `next()` returns a double in [0, 1) carrying 53 random bits; `nextUint32()` returns one 32-bit word
 * of the same stream. Every random decision in the library is taken from an `Rng` passed in by the
 * caller; nothing reads `Math.random`.
 */
export interface Rng {
  /** A uniform double in [0, 1) with 53 random bits (two words of the stream, see `docs/spec.md`). */
  next(): number;
  /** A uniform integer in [0, 2^32): one word of the stream. */
  nextUint32(): number;
}

/** 2^32: the number of values of one word of the stream (`nextUint32()`). */
export const WORD = 4294967296;

/**
 * A biased coin: returns `true` with probability `p`. Designs take their binary decisions through a
 * coin so that tests can replace it with one that walks every branch of the decision tree.
 */
export type Coin = (p: number) => boolean;

/** The coin of an {@link Rng}: `true` when `rng.next() < p`, so one uniform per toss. */
export function coinOf(rng: Rng): Coin {
  return (p) => rng.next() < p;
}
