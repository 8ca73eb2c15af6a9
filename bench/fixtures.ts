/**
 * Inputs and the baseline shared by the benchmark groups: seeded random weights, and "the limit" (N
 * uniforms from the same generator plus one pass over an N-array), against which every sampler is
 * reported as a ratio measured in the same run.
 */
import { createRng } from '../src/random/createRng.js';
import type { Rng } from '../src/random/Rng.js';

/**
 * `N` positive risk weights, Pareto with shape 1.5 and minimum 1 (w = u^(-2/3)), from the seed: a
 * heavy tail like real risk scores, so that at n = N/100 a few units reach the cap pi = 1.
 */
export function randomWeights(N: number, seed: string): number[] {
  const rng = createRng(seed);
  const w = new Array<number>(N);
  for (let i = 0; i < N; i++) w[i] = (1 - rng.next()) ** (-2 / 3);
  return w;
}

/**
 * The limit: what any design must at least do. Draws `pi.length` uniforms from `rng` and makes one
 * pass over `pi` (summing it), in one loop. Returns a number so the work cannot be optimised away.
 */
export function limit(pi: ArrayLike<number>, rng: Rng): number {
  let s = 0;
  let u = 0;
  for (let i = 0; i < pi.length; i++) {
    s += pi[i]!;
    u += rng.next();
  }
  return s + u;
}

/**
 * The same limit counted in 32-bit words: `pi.length` calls of `rng.nextUint32()` plus the pass. A
 * double is two words of the stream, so this is about half the limit; it is shown beside the limit
 * because version 2 of pivotal and systematic reads words, not doubles.
 */
export function limitWords(pi: ArrayLike<number>, rng: Rng): number {
  let s = 0;
  let u = 0;
  for (let i = 0; i < pi.length; i++) {
    s += pi[i]!;
    u += rng.nextUint32();
  }
  return s + u;
}
