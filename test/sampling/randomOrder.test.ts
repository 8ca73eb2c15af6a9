import { describe, expect, it } from 'vitest';
import { randomOrder } from '../reference/randomOrder.js';
import { version2Orders } from './exact.js';

describe('randomOrder: the shuffle of the fractional units', () => {
  for (const M of [1, 2, 3, 4, 5]) {
    it(`M = ${M}: every permutation comes from exactly one path of words, probability exactly 1/${M}!`, () => {
      // fractional units at odd indices, fixed units (0 and 1) in between
      const pi: number[] = [];
      for (let k = 0; k < M; k++) pi.push(k % 2 === 0 ? 1 : 0, 0.5);
      const results = version2Orders(pi, randomOrder);
      let factorial = 1;
      for (let k = 2; k <= M; k++) factorial *= k;
      expect(results.length).toBe(factorial);
      const seen = new Set<string>();
      const fixed = pi.flatMap((p, i) => (p > 0 && p < 1 ? [] : [i]));
      const fractional = pi.flatMap((p, i) => (p > 0 && p < 1 ? [i] : []));
      for (const { p, order } of results) {
        expect(order.slice(M)).toEqual(fixed);
        expect([...order.slice(0, M)].sort((a, b) => a - b)).toEqual(fractional);
        seen.add(order.join(','));
        // uniformBelow gives every value exactly floor(2^32 / m) accepted words: prod 1/m = 1/M!
        expect(Math.abs(p * factorial - 1)).toBeLessThan(1e-14);
      }
      expect(seen.size).toBe(factorial);
    });
  }

  it('reads M - 1 words (none for M <= 1) and no double, and keeps the fixed units after the fractional ones', () => {
    for (const [pi, words] of [
      [[1, 0, 1], 0],
      [[0.5, 1, 0.5], 1],
      [[0.2, 0.3, 0.5, 0.7, 0.3], 4],
    ] as const) {
      let k = 0;
      const order = randomOrder(pi, {
        next: () => {
          throw new Error('the order reads words only');
        },
        nextUint32: () => 2 ** 31 + 12345 * k++, // never rejected for n <= 5
      });
      expect(k).toBe(words);
      const fixed = pi.flatMap((p, i) => (p > 0 && p < 1 ? [] : [i]));
      expect(Array.from(order).slice(order.length - fixed.length)).toEqual(fixed);
    }
  });
});
