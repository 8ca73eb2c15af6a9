import { type Rng, WORD } from './Rng.js';

/** 2^21: the low bits of the second word that a 53-bit uniform takes. */
const LOW = 2097152;

/**
 * A coin that is `true` with probability `p`, decided exactly as `u < p` for the 53-bit uniform
 * `u = (w1 * 2^21 + floor(w2 / 2^11)) / 2^53` that two words `w1, w2` make (the same `u` as
 * `Rng.next()`), but reading the second word only when the first cannot decide: when
 * `w1 = floor(p * 2^32)`, which has probability 2^-32. So a toss costs one word, not two, and
 * `P(true) = ceil(p * 2^53) / 2^53` exactly, as for `rng.next() < p` (Knuth & Yao's observation that a
 * comparison with a uniform needs only as many random bits as it takes to decide it: Knuth & Yao, "The
 * complexity of nonuniform random number generation", 1976).
 *
 * @param p - a probability in [0, 1] (`p <= 0` is never true, `p >= 1` always).
 */
export function lazyCoin(rng: Rng, p: number): boolean {
  const q = p * WORD; // exact: a power-of-two scaling
  const f = Math.floor(q);
  const w = rng.nextUint32();
  if (w !== f) return w < f;
  return Math.floor(rng.nextUint32() / 2048) < (q - f) * LOW;
}
