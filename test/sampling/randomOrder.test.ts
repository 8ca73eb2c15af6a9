import { describe, expect, it } from 'vitest';
import type { Rng } from '../../src/random/Rng.js';
import { randomOrder } from '../../src/sampling/randomOrder.js';

/** Runs `run` with every sequence of uniformInt outcomes: the i-th call of next() gets the midpoint of
 * each of the m intervals [j/m, (j+1)/m) in turn, m given by `moduli` (M, M-1, ..., 2 for a shuffle). */
function enumerateStreams<T>(
  moduli: readonly number[],
  run: (rng: Rng) => T,
): { path: number[]; value: T }[] {
  const out: { path: number[]; value: T }[] = [];
  const walk = (path: number[]) => {
    if (path.length === moduli.length) {
      let k = 0;
      const rng: Rng = {
        next: () => {
          if (k >= path.length) throw new Error('more random numbers than expected');
          const m = moduli[k]!;
          return (path[k++]! + 0.5) / m;
        },
        nextUint32: () => {
          throw new Error('version 1 reads doubles only');
        },
      };
      const value = run(rng);
      expect(k).toBe(path.length);
      out.push({ path, value });
      return;
    }
    const m = moduli[path.length]!;
    for (let j = 0; j < m; j++) walk([...path, j]);
  };
  walk([]);
  return out;
}

/** P(floor(next() * m) = j) for next() = k * 2^-53, k uniform in [0, 2^53): exact counts of k. */
function discreteProbabilities(m: number): number[] {
  const TWO53 = 2 ** 53;
  // smallest k with floor(k 2^-53 m) >= j (monotone in k)
  const first = (j: number) => {
    let lo = 0;
    let hi = TWO53;
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (Math.floor(mid * 2 ** -53 * m) >= j) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const bounds = Array.from({ length: m + 1 }, (_, j) => (j === m ? TWO53 : first(j)));
  return Array.from({ length: m }, (_, j) => (bounds[j + 1]! - bounds[j]!) / TWO53);
}

describe('randomOrder: the shuffle of the fractional units', () => {
  for (const M of [1, 2, 3, 4, 5]) {
    it(`M = ${M}: every permutation comes from exactly one interval path, probability 1/${M}! (and within 1e-14 of it with 53-bit doubles)`, () => {
      // fractional units at odd indices, fixed units (0 and 1) in between
      const pi: number[] = [];
      for (let k = 0; k < M; k++) pi.push(k % 2 === 0 ? 1 : 0, 0.5);
      const moduli = Array.from({ length: Math.max(0, M - 1) }, (_, k) => M - k);
      const results = enumerateStreams(moduli, (rng) => Array.from(randomOrder(pi, rng, 1)));
      let factorial = 1;
      for (let k = 2; k <= M; k++) factorial *= k;
      expect(results.length).toBe(factorial);
      const seen = new Set<string>();
      const fixed = pi.flatMap((p, i) => (p > 0 && p < 1 ? [] : [i]));
      const fractional = pi.flatMap((p, i) => (p > 0 && p < 1 ? [i] : []));
      const probs = moduli.map(discreteProbabilities);
      for (const { path, value } of results) {
        expect(value.slice(M)).toEqual(fixed);
        expect([...value.slice(0, M)].sort((a, b) => a - b)).toEqual(fractional);
        seen.add(value.join(','));
        // continuous model: each path has probability prod 1/m = 1/M!; discrete doubles: exact counts
        const p = path.reduce((acc, j, k) => acc * probs[k]![j]!, 1);
        expect(Math.abs(p * factorial - 1)).toBeLessThan(1e-14);
      }
      expect(seen.size).toBe(factorial);
    });
  }

  it('consumes M - 1 random numbers for M fractional units and none for M <= 1', () => {
    for (const [pi, calls] of [
      [[1, 0, 1], 0],
      [[0.5, 1, 0.5], 1],
      [[0.2, 0.3, 0.5, 0.7, 0.3], 4],
    ] as const) {
      let k = 0;
      randomOrder(
        pi,
        {
          next: () => (k++ * 0.37) % 1,
          nextUint32: () => {
            throw new Error('version 1 reads doubles only');
          },
        },
        1,
      );
      expect(k).toBe(calls);
    }
  });

  it('version 2 reads M - 1 words (none for M <= 1) and no double, and keeps the fixed units after the fractional ones', () => {
    for (const [pi, words] of [
      [[1, 0, 1], 0],
      [[0.5, 1, 0.5], 1],
      [[0.2, 0.3, 0.5, 0.7, 0.3], 4],
    ] as const) {
      let k = 0;
      const order = randomOrder(
        pi,
        {
          next: () => {
            throw new Error('version 2 reads words only');
          },
          nextUint32: () => 2 ** 31 + 12345 * k++, // never rejected for n <= 5
        },
        2,
      );
      expect(k).toBe(words);
      const fixed = pi.flatMap((p, i) => (p > 0 && p < 1 ? [] : [i]));
      expect(Array.from(order).slice(order.length - fixed.length)).toEqual(fixed);
    }
  });
});
