// Exact enumeration helpers for the sampling tests: every branch, interval or sample with its
// probability. Independent of the code under test except where a function says so.
import type { Coin, Rng } from '../../src/random/Rng.js';
import { maxentWorkingProbabilities } from '../reference/maxentWorkingProbabilities.js';
import { pivotalOrdered } from '../reference/pivotalOrdered.js';
import { systematicOrdered } from '../reference/systematicOrdered.js';

/** A distribution over samples: each outcome (sorted indices) with its probability. */
export type Outcomes = { p: number; sample: number[] }[];

/**
 * Runs `run` once per leaf of its coin-decision tree, with a coin that walks every branch: returns
 * each leaf's value and probability (the product of the coin probabilities along the branch).
 * Coins with p <= 0 or p >= 1 are forced (no branch).
 */
export function enumerateCoin<T>(run: (coin: Coin) => T): { p: number; value: T }[] {
  const out: { p: number; value: T }[] = [];
  const path: { choice: boolean; free: boolean }[] = [];
  for (;;) {
    let depth = 0;
    let prob = 1;
    const coin: Coin = (p) => {
      if (!(p >= 0 && p <= 1)) throw new Error(`coin probability out of range: ${p}`);
      const free = p > 0 && p < 1;
      if (depth >= path.length) path.push({ choice: free ? true : p >= 1, free });
      const step = path[depth++]!;
      if (step.free !== free) throw new Error('replay diverged');
      prob *= step.choice ? (free ? p : 1) : free ? 1 - p : 1;
      return step.choice;
    };
    const value = run(coin);
    if (depth !== path.length) throw new Error('replay used fewer coins');
    out.push({ p: prob, value });
    while (path.length > 0 && (!path[path.length - 1]!.free || !path[path.length - 1]!.choice)) path.pop();
    if (path.length === 0) return out;
    path[path.length - 1]!.choice = false;
  }
}

/** The fractional units of `order`, and their cumulative sums modulo 1 (plain summation). */
function breakpoints(pi: readonly number[], order: readonly number[]): number[] {
  const points = [0, 1];
  let v = 0;
  for (const i of order) {
    const p = pi[i]!;
    if (p > 0 && p < 1) {
      v += p;
      points.push(v - Math.floor(v));
    }
  }
  return points.sort((a, b) => a - b);
}

/** Ordered systematic sampling: one outcome per interval of the start u between breakpoints. */
export function systematicOutcomes(pi: readonly number[], order: readonly number[]): Outcomes {
  const pts = breakpoints(pi, order);
  const out: Outcomes = [];
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (b - a < 1e-13) continue;
    out.push({ p: b - a, sample: systematicOrdered(pi, order, (a + b) / 2) });
  }
  return out;
}

/** Ordered pivotal sampling: the whole tree of splits. */
export function pivotalOutcomes(pi: readonly number[], order: readonly number[]): Outcomes {
  return enumerateCoin((coin) => pivotalOrdered(pi, order, coin)).map(({ p, value }) => ({
    p,
    sample: value,
  }));
}

/** Every permutation of `items`. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((x, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

/**
 * The randomised design (uniform order of the fractional units, the others after them): the mixture
 * of the ordered design over every order.
 */
export function randomisedOutcomes(
  ordered: (pi: readonly number[], order: readonly number[]) => Outcomes,
  pi: readonly number[],
): Outcomes {
  const fractional = pi.flatMap((p, i) => (p > 0 && p < 1 ? [i] : []));
  const fixed = pi.flatMap((p, i) => (p > 0 && p < 1 ? [] : [i]));
  const perms = permutations(fractional);
  return perms.flatMap((perm) =>
    ordered(pi, [...perm, ...fixed]).map((o) => ({ p: o.p / perms.length, sample: o.sample })),
  );
}

/**
 * Maximum entropy: the closed form P(s) proportional to prod_{i in s} p_i / (1 - p_i) over every
 * sample of size n containing the units at 1, with the working probabilities p fitted by the maxent
 * module (Chen, Dempster & Liu 1994; Tillé 2006, ch. 5).
 */
export function maxentOutcomes(pi: readonly number[]): Outcomes {
  const n = Math.round(pi.reduce((a, b) => a + b, 0));
  const p = maxentWorkingProbabilities(pi);
  const forced = pi.flatMap((x, i) => (x >= 1 ? [i] : []));
  const free = pi.flatMap((x, i) => (x > 0 && x < 1 ? [i] : []));
  const out: Outcomes = [];
  const pick = (start: number, chosen: number[], weight: number) => {
    if (forced.length + chosen.length === n) {
      out.push({ p: weight, sample: [...forced, ...chosen].sort((a, b) => a - b) });
      return;
    }
    for (let k = start; k < free.length; k++) {
      const i = free[k]!;
      pick(k + 1, [...chosen, i], (weight * p[i]!) / (1 - p[i]!));
    }
  };
  pick(0, [], 1);
  const total = out.reduce((a, o) => a + o.p, 0);
  return out.map((o) => ({ p: o.p / total, sample: o.sample }));
}

/** Inclusion probabilities of a distribution. */
export function marginals(outcomes: Outcomes, N: number): number[] {
  const pi = new Array<number>(N).fill(0);
  for (const { p, sample } of outcomes) for (const i of sample) pi[i]! += p;
  return pi;
}

/** Joint inclusion probabilities of a distribution. */
export function joints(outcomes: Outcomes, N: number): number[][] {
  const J = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (const { p, sample } of outcomes) for (const i of sample) for (const l of sample) J[i]![l]! += p;
  return J;
}

/** Largest absolute difference between two vectors or matrices. */
export function maxDiff(
  a: readonly (number | readonly number[])[],
  b: readonly (number | readonly number[])[],
): number {
  let d = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    if (typeof x === 'number') d = Math.max(d, Math.abs(x - (y as number)));
    else d = Math.max(d, maxDiff(x, y as readonly number[]));
  });
  return d;
}

/** The smallest 32-bit word that `uniformBelow(rng, n)` accepts and maps to j: ceil((j 2^32 + (2^32 mod n)) / n). */
export function wordFor(j: number, n: number): number {
  const W = 2n ** 32n;
  const N = BigInt(n);
  return Number((BigInt(j) * W + (W % N) + N - 1n) / N);
}

/**
 * Every random order that version 2 of `randomOrder` can give, driven through the code itself: the
 * shuffle's k-th word is chosen to give each value j in [0, M - k) in turn (`wordFor`), and each path
 * has probability prod 1 / (M - k), because `uniformBelow` gives every value exactly
 * floor(2^32 / n) of the 2^32 - (2^32 mod n) accepted words (test/random/uniformBelow.test.ts).
 */
export function version2Orders(
  pi: readonly number[],
  randomOrder: (pi: readonly number[], rng: Rng) => ArrayLike<number>,
): { p: number; order: number[] }[] {
  const M = pi.filter((x) => x > 0 && x < 1).length;
  const moduli = Array.from({ length: Math.max(0, M - 1) }, (_, k) => M - k);
  const out: { p: number; order: number[] }[] = [];
  const walk = (path: number[]) => {
    if (path.length < moduli.length) {
      for (let j = 0; j < moduli[path.length]!; j++) walk([...path, j]);
      return;
    }
    let k = 0;
    const rng: Rng = {
      next: () => {
        throw new Error('the order of version 2 reads words only');
      },
      nextUint32: () => {
        if (k >= path.length) throw new Error('more words than the shuffle needs');
        const w = wordFor(path[k]!, moduli[k]!);
        k++;
        return w;
      },
    };
    const order = Array.from(randomOrder(pi, rng));
    if (k !== path.length) throw new Error('the shuffle read fewer words than expected');
    out.push({ p: path.reduce((acc, _, i) => acc / moduli[i]!, 1), order });
  };
  walk([]);
  return out;
}
