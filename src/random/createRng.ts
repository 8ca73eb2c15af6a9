import seedrandom from 'seedrandom';
import type { Rng } from './Rng.js';

/**
 * Creates the seeded generator used for every draw: seedrandom's Alea (Baagøe 2010), seeded with
 * the seed string, whose `double()` combines two 32-bit outputs into 53 random bits
 * (see `docs/spec.md`, "Generator").
 *
 * @param seed - any string; draws use the hex sub-seeds returned by {@link deriveSeed}.
 * @returns an {@link Rng} whose `next()` is Alea's `double()`.
 */
export function createRng(seed: string): Rng {
  const prng = seedrandom.alea(seed);
  return { next: () => prng.double() };
}
