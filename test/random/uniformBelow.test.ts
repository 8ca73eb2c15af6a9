// uniformBelow: Lemire's multiply-and-reject on 32-bit words. Checked against a BigInt transcription
// of the method, and exactly: for each n, the accepted words that give each value j form one interval
// whose length is floor(2^32 / n) for every j (so every value has the same probability, with no bias),
// with the code's answer checked at both ends of every such interval for small n.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { uniformBelow } from '../../src/random/uniformBelow.js';
import { scriptedWords } from './scriptedWords.js';

const W = 2n ** 32n;

const words = scriptedWords;

/** Lemire's method in BigInt: the value of word w for n, or undefined when w is rejected. */
function lemire(w: bigint, n: bigint): bigint | undefined {
  const m = w * n;
  const lo = m % W;
  const t = (W - n) % n; // = 2^32 mod n
  return lo < t ? undefined : m / W;
}

/** The smallest word that gives j for n and is accepted: ceil((j 2^32 + t) / n). */
function firstWord(j: bigint, n: bigint): bigint {
  const t = (W - n) % n;
  return (j * W + t + n - 1n) / n;
}

/** Words to fall back on after scripted rejections (64 words: all rejected has probability < 2^-64). */
const tail = (() => {
  const g = createRng('uniform-below-tail');
  return Array.from({ length: 64 }, () => g.nextUint32());
})();

describe('uniformBelow', () => {
  it('every value j in [0, n) has exactly floor(2^32 / n) accepted words, in one interval; the code agrees at both ends (n = 1 .. 300 and 40 large n)', () => {
    const ns = [
      ...Array.from({ length: 300 }, (_, k) => BigInt(k + 1)),
      ...[2n ** 21n - 1n, 2n ** 21n, 2n ** 21n + 1n, 10n ** 6n, 3n * 10n ** 6n, 2n ** 31n, 2n ** 31n + 1n],
      ...[2n ** 32n - 1n, 2n ** 32n, 1234567891n, 4000000007n],
    ];
    const g = createRng('uniform-below-large-n');
    for (let k = 0; k < 29; k++) ns.push(BigInt(1 + Math.floor(g.next() * 2 ** 32)));
    for (const n of ns) {
      const per = W / n;
      // For small n, every j; for large n, 50 values of j spread over the range, ends included.
      const js =
        n <= 300n
          ? Array.from({ length: Number(n) }, (_, j) => BigInt(j))
          : [0n, 1n, n - 2n, n - 1n, ...Array.from({ length: 46 }, (_, k) => (n * BigInt(k + 1)) / 48n)];
      for (const j of js) {
        const a = firstWord(j, n);
        // Accepted words for j: [a, a + per); the word before a is rejected or gives j - 1, the word
        // after the interval gives j + 1 (or is past the last word).
        const last = a + per - 1n;
        expect(lemire(a, n)).toBe(j);
        expect(lemire(last, n)).toBe(j);
        expect(uniformBelow(words([a]), Number(n))).toBe(Number(j));
        expect(uniformBelow(words([last]), Number(n))).toBe(Number(j));
        if (a > 0n) expect(lemire(a - 1n, n) ?? -1n).not.toBe(j);
        if (last + 1n < W) expect(lemire(last + 1n, n)).not.toBe(j);
      }
      // Total: n values times floor(2^32 / n) accepted words, the rest (2^32 mod n) rejected.
      expect(per * n + (W % n)).toBe(W);
    }
  });

  it('equals the BigInt transcription word for word, rejections included (20000 random words and n, both multiplication paths)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: W - 1n }),
        fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 21n }), fc.bigInt({ min: 2n ** 21n, max: W })),
        fc.bigInt({ min: 0n, max: W - 1n }),
        (w, n, fallback) => {
          const expected = lemire(w, n);
          const rng = words([w, fallback, ...tail]);
          const got = uniformBelow(rng, Number(n));
          if (expected !== undefined) {
            expect(got).toBe(Number(expected));
            expect(rng.used()).toBe(1);
          } else {
            expect(rng.used()).toBeGreaterThan(1);
            const second = lemire(fallback, n);
            if (second !== undefined) expect(got).toBe(Number(second));
          }
        },
      ),
      { seed: 20261123, numRuns: 20000 },
    );
  });

  it('rejects exactly the words whose low product is below 2^32 mod n: n = 3 rejects word 0 only', () => {
    expect(uniformBelow(words([0, 0, 5]), 3)).toBe(0); // 0 and 0 rejected, 5 * 3 < 2^32 gives 0
    const rng = words([0, 2 ** 32 - 1]);
    expect(uniformBelow(rng, 3)).toBe(2);
    expect(rng.used()).toBe(2);
    expect(uniformBelow(words([2 ** 32 - 1]), 2 ** 32)).toBe(2 ** 32 - 1);
    expect(uniformBelow(words([123456789]), 1)).toBe(0);
    expect(uniformBelow(words([0]), 2 ** 20)).toBe(0); // powers of two never reject
  });

  it('seeded frequencies for n = 7 and n = 10^6 + 3 agree with uniformity (chi-square, p > 1e-4, fixed seed)', () => {
    const rng = createRng('uniform-below-frequencies');
    const counts = new Array<number>(7).fill(0);
    for (let k = 0; k < 70000; k++) counts[uniformBelow(rng, 7)]!++;
    const chi = counts.reduce((a, c) => a + (c - 10000) ** 2 / 10000, 0);
    expect(chi).toBeLessThan(32.5); // chi-square with 6 degrees of freedom: P(> 32.5) < 1.4e-5
    const big = 1_000_003;
    const halves = [0, 0];
    for (let k = 0; k < 20000; k++) halves[uniformBelow(rng, big) < big / 2 ? 0 : 1]!++;
    expect(Math.abs(halves[0]! - 10000)).toBeLessThan(4.5 * Math.sqrt(5000)); // 4.5 sigma
  });
});
