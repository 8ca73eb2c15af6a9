import fc from 'fast-check';

/**
 * Test helpers for the maximum-entropy design: exact enumeration of the conditional Poisson design
 * from its closed form, and populations of inclusion probabilities for fast-check.
 */

/** Every subset of `{0..N-1}` of size `n`, in lexicographic order. */
export function subsets(total: number, n: number): number[][] {
  const out: number[][] = [];
  const chosen: number[] = [];
  const walk = (start: number): void => {
    if (chosen.length === n) {
      out.push(chosen.slice());
      return;
    }
    for (let i = start; i <= total - (n - chosen.length); i++) {
      chosen.push(i);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
  return out;
}

/** The conditional Poisson design of size `n` with working probabilities `p`, enumerated. */
export interface EnumeratedCps {
  /** Every sample of size `n` (sorted indices) ... */
  samples: number[][];
  /** ... and its probability `P(s)`, proportional to `prod_(i in s) p_i / (1 - p_i)`. */
  prob: number[];
  /** Inclusion probabilities summed over the samples. */
  pi: number[];
  /** Joint inclusion probabilities summed over the samples (diagonal = pi). */
  joint: number[][];
}

/**
 * Enumerates ALL `C(N, n)` samples and gives each the closed-form conditional Poisson probability
 * `P(s) ∝ prod_(i in s) p_i / (1 - p_i)` (Tillé 2006, sect. 5.6): a sample missing a unit with
 * `p = 1` or containing one with `p = 0` has probability 0. Products are taken in log space.
 */
export function enumerateCps(p: ArrayLike<number>, n: number): EnumeratedCps {
  const total = p.length;
  const samples = subsets(total, n);
  const logWeight = samples.map((s) => {
    const inS = new Set(s);
    let lw = 0;
    for (let i = 0; i < total; i++) {
      const v = p[i]!;
      if (v >= 1 && !inS.has(i)) return Number.NEGATIVE_INFINITY;
      if (v <= 0 && inS.has(i)) return Number.NEGATIVE_INFINITY;
      if (inS.has(i) && v < 1) lw += Math.log(v) - Math.log1p(-v);
    }
    return lw;
  });
  const top = Math.max(...logWeight);
  const weights = logWeight.map((lw) => Math.exp(lw - top));
  const z = weights.reduce((a, b) => a + b, 0);
  const prob = weights.map((w) => w / z);
  const pi = new Array<number>(total).fill(0);
  const joint = Array.from({ length: total }, () => new Array<number>(total).fill(0));
  samples.forEach((s, t) => {
    for (const i of s) {
      pi[i]! += prob[t]!;
      for (const j of s) joint[i]![j]! += prob[t]!;
    }
  });
  return { samples, prob, pi, joint };
}

/**
 * Inclusion probabilities proportional to `weights` with sum `n`, capped at 1 the survey
 * statisticians' way (units reaching 1 are fixed, the rest rescaled, until stable).
 */
export function proportionalCapped(weights: readonly number[], n: number): number[] {
  const pi = weights.map(() => 0);
  const fixed = weights.map(() => false);
  for (let round = 0; round <= weights.length; round++) {
    let free = 0;
    let rest = n;
    weights.forEach((w, i) => {
      if (fixed[i]) rest -= 1;
      else free += w;
    });
    let changed = false;
    weights.forEach((w, i) => {
      if (fixed[i]) return;
      const v = (rest * w) / free;
      if (v >= 1) {
        pi[i] = 1;
        fixed[i] = true;
        changed = true;
      } else pi[i] = v;
    });
    if (!changed) break;
  }
  return pi;
}

/** A small population: inclusion probabilities with ties, tiny values, ones and zeros. */
export interface SmallPopulation {
  pi: number[];
  n: number;
}

/**
 * Populations of at most `maxN` units for exact enumeration: positive weights drawn from a pool with
 * ties and tiny values (1e-12, 1e-300) or spread over four orders of magnitude, any size from 1 to
 * (number of positive weights - 1) so that n = 1 and n = N - 1 occur, capping at 1 when a weight
 * dominates, plus explicit units with pi = 1 and pi = 0, all in random positions.
 */
export function smallPopulation(maxN = 10): fc.Arbitrary<SmallPopulation> {
  const weight = fc.oneof(
    fc.constantFrom(1, 2, 3, 1e-12, 1e-300, 50),
    fc.double({ min: 1e-2, max: 1e2, noNaN: true, noDefaultInfinity: true }),
  );
  return fc
    .record({
      weights: fc.array(weight, { minLength: 2, maxLength: maxN }),
      ones: fc.integer({ min: 0, max: 2 }),
      zeros: fc.integer({ min: 0, max: 2 }),
      sizeKey: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      keys: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: maxN + 4,
        maxLength: maxN + 4,
      }),
    })
    .map(({ weights, ones, zeros, sizeKey, keys }) => {
      const extra = Math.max(0, Math.min(ones + zeros, maxN - weights.length));
      const nOnes = Math.min(ones, extra);
      const nZeros = extra - nOnes;
      const size = 1 + Math.floor(sizeKey * (weights.length - 1));
      const values = [
        ...proportionalCapped(weights, size),
        ...new Array<number>(nOnes).fill(1),
        ...new Array<number>(nZeros).fill(0),
      ];
      const order = values.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
      return { pi: order.map((i) => values[i]!), n: size + nOnes };
    });
}
