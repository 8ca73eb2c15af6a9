// lazyCoin: one word decides unless it ties with floor(p 2^32); the answer is always that of u < p for
// the 53-bit u = (w1 2^21 + floor(w2 / 2^11)) / 2^53 made from the same two words (as Rng.next()
// makes it), so P(true) = ceil(p 2^53) / 2^53 exactly, as for next() < p.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { lazyCoin } from '../../src/random/lazyCoin.js';
import { scriptedWords } from './scriptedWords.js';

const words = scriptedWords;

/** u < p in exact integer arithmetic: w1 2^21 + floor(w2 / 2^11) < p 2^53 (p 2^53 is exact). */
function reference(p: number, w1: number, w2: number): boolean {
  const u = BigInt(w1) * 2n ** 21n + BigInt(Math.floor(w2 / 2048));
  const scaled = p * 2 ** 53;
  // p 2^53 may not be an integer (p has up to 1074 fraction bits): u < x  <=>  u < ceil(x).
  return u < BigInt(Math.ceil(scaled));
}

const probability = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 2 ** 32 }).map((k) => k / 2 ** 32), // exact 32-bit values: ties on purpose
  fc.constantFrom(0, 1, 2 ** -53, 2 ** -33, 0.5, 1 - 2 ** -53, 1 / 3, 2 ** -1074),
);

describe('lazyCoin', () => {
  it('equals u < p for the 53-bit u of the same two words, and reads the second word only on a tie (20000 cases)', () => {
    fc.assert(
      fc.property(
        probability,
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.boolean(),
        (p, wRandom, w2, tie) => {
          const f = Math.floor(p * 2 ** 32);
          const w1 = tie && f < 2 ** 32 ? f : wRandom;
          const rng = words([w1, w2]);
          expect(lazyCoin(rng, p)).toBe(reference(p, w1, w2));
          expect(rng.used()).toBe(w1 === f ? 2 : 1);
        },
      ),
      { seed: 20261123, numRuns: 20000 },
    );
  });

  it('P(true) is ceil(p 2^53) / 2^53 exactly: counted over the whole 2^53 grid by intervals of w1 and w2', () => {
    const g = createRng('lazy-coin-probability');
    for (let k = 0; k < 200; k++) {
      const p = k < 8 ? [0, 1, 0.5, 1 / 3, 2 ** -40, 1 - 2 ** -40, 0.1, 0.9][k]! : g.next();
      const f = Math.floor(p * 2 ** 32);
      // Words w1 < f are true (f of them), w1 > f false; w1 = f is true for the w2 with
      // floor(w2 / 2^11) < (p 2^32 - f) 2^21, i.e. for ceil((p 2^32 - f) 2^21) values of floor(w2 / 2^11).
      if (f > 0) expect(lazyCoin(words([f - 1]), p)).toBe(true);
      if (f + 1 < 2 ** 32) expect(lazyCoin(words([f + 1]), p)).toBe(false);
      const tieTrue = f < 2 ** 32 ? Math.ceil((p * 2 ** 32 - f) * 2 ** 21) : 0;
      if (f < 2 ** 32) {
        if (tieTrue > 0) expect(lazyCoin(words([f, (tieTrue - 1) * 2048]), p)).toBe(true);
        if (tieTrue < 2 ** 21) expect(lazyCoin(words([f, tieTrue * 2048]), p)).toBe(false);
      }
      const trueCount = BigInt(Math.min(f, 2 ** 32)) * 2n ** 21n + BigInt(tieTrue);
      expect(trueCount).toBe(BigInt(Math.ceil(p * 2 ** 53)));
    }
  });

  it('p <= 0 is never true and p >= 1 always, reading one word (no bias at the ends)', () => {
    for (const w of [0, 1, 2 ** 31, 2 ** 32 - 1]) {
      expect(lazyCoin(words([w, 0]), 0)).toBe(false);
      expect(lazyCoin(words([w, 0]), 1)).toBe(true);
      expect(lazyCoin(words([w, 0]), -0.5)).toBe(false);
      expect(lazyCoin(words([w, 0]), 1.5)).toBe(true);
    }
  });

  it('seeded frequency for p = 0.3 over 100000 tosses is within 5 standard errors (fixed seed)', () => {
    const rng = createRng('lazy-coin-frequency');
    let hits = 0;
    for (let k = 0; k < 100000; k++) if (lazyCoin(rng, 0.3)) hits++;
    expect(Math.abs(hits - 30000)).toBeLessThan(5 * Math.sqrt(100000 * 0.3 * 0.7));
  });
});
