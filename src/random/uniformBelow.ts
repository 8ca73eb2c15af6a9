import { type Rng, WORD } from './Rng.js';

/** 2^-32. */
const INV_WORD = 1 / WORD;
/** Below this bound, `word * n < 2^53` is exact in a double. */
const DIRECT = 2097152;

/**
 * An exactly uniform integer in `[0, n)` from 32-bit words, by Lemire's multiply-and-reject method
 * (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019): with
 * `m = w * n` (the full 64-bit product of a word `w` and `n`), the result is `floor(m / 2^32)`, and the
 * word is rejected (a new one read) while `m mod 2^32 < 2^32 mod n`. Every value then has exactly
 * `floor(2^32 / n)` accepted words, so there is no bias at all. One word per call, plus a rejected one
 * with probability `(2^32 mod n) / 2^32 < n / 2^32`.
 *
 * @param n - an integer, 1 <= n <= 2^32 (not checked: callers pass a population size).
 */
export function uniformBelow(rng: Rng, n: number): number {
  for (;;) {
    const w = rng.nextUint32();
    let hi: number;
    let lo: number;
    if (n <= DIRECT) {
      const m = w * n; // < 2^53: exact
      hi = Math.floor(m * INV_WORD);
      lo = m - hi * WORD;
    } else {
      // m = w * n = a * 2^16 + b with a = w * floor(n / 2^16) and b = w * (n mod 2^16), each < 2^48;
      // then m = ah * 2^32 + c with ah = floor(a / 2^16) and c = (a mod 2^16) * 2^16 + b < 2^49.
      const nh = Math.floor(n / 65536);
      const a = w * nh;
      const b = w * (n - nh * 65536);
      const ah = Math.floor(a / 65536);
      const c = (a - ah * 65536) * 65536 + b;
      const carry = Math.floor(c * INV_WORD);
      hi = ah + carry;
      lo = c - carry * WORD;
    }
    if (lo >= n || lo >= (WORD - n) % n) return hi;
  }
}
