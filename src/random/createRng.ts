import seedrandom from 'seedrandom';
import { type Rng, WORD } from './Rng.js';

/** Name of the generator behind {@link createRng}, recorded in every schedule's manifest. */
export const RNG_ALGORITHM = 'seedrandom/alea';

/**
 * Creates the seeded generator used for every draw: seedrandom's Alea (Baagøe 2010), seeded with
 * the seed string. Alea yields 32-bit words `w / 2^32`; `nextUint32()` is one word `w`, and `next()` is
 * Alea's `double()`, which combines two words `w1, w2` into `(w1 * 2^21 + floor(w2 / 2^11)) / 2^53`
 * (see `docs/spec.md`, "Generator").
 *
 * @param seed - any string; draws use the hex sub-seeds returned by {@link deriveSeed}.
 * @returns an {@link Rng} on that stream.
 */
export function createRng(seed: string): Rng {
  const prng = seedrandom.alea(seed);
  return { next: () => prng.double(), nextUint32: () => prng() * WORD };
}
