import type { Rng } from './Rng.js';

/**
 * A biased coin: returns `true` with probability `p`. Designs take their binary decisions through a
 * coin so that tests can replace it with one that walks every branch of the decision tree.
 */
export type Coin = (p: number) => boolean;

/** The coin of an {@link Rng}: `true` when `rng.next() < p`, so one uniform per toss. */
export function coinOf(rng: Rng): Coin {
  return (p) => rng.next() < p;
}
