import type { Coin, Rng } from '../../../src/random/Rng.js';

/** One leaf of an enumerated decision tree: its probability and the result of the run. */
export interface Leaf<T> {
  prob: number;
  value: T;
}

/**
 * Runs `run` once per leaf of its coin's decision tree (depth first, `true` before `false`), each time
 * with a coin that replays a scripted prefix and then answers `true`, and returns every leaf with its
 * probability (the product of `p` or `1 - p` over the tosses). `run` must be deterministic given the coin.
 */
export function enumerateCoin<T>(run: (coin: Coin) => T, maxLeaves = 200_000): Leaf<T>[] {
  const leaves: Leaf<T>[] = [];
  let script: boolean[] = [];
  for (;;) {
    const probs: number[] = [];
    const choices: boolean[] = [];
    const coin: Coin = (p) => {
      const k = choices.length;
      const c = k < script.length ? script[k]! : true;
      probs.push(p);
      choices.push(c);
      return c;
    };
    const value = run(coin);
    let prob = 1;
    for (let k = 0; k < choices.length; k++) prob *= choices[k] ? probs[k]! : 1 - probs[k]!;
    leaves.push({ prob, value });
    if (leaves.length > maxLeaves) throw new Error('enumerateCoin: too many leaves');
    let k = choices.length - 1;
    while (k >= 0 && !choices[k]) k--;
    if (k < 0) return leaves;
    script = [...choices.slice(0, k), false];
  }
}

/**
 * Inclusion probabilities proportional to `weights` with sum `n`, capped at 1 the usual way (units whose
 * probability would exceed 1 get 1 and the rest are rescaled). Needs `n <=` the number of positive weights.
 */
export function cappedProportional(weights: readonly number[], n: number): number[] {
  const pi = new Array<number>(weights.length).fill(0);
  const capped = new Array<boolean>(weights.length).fill(false);
  for (;;) {
    let s = 0;
    let fixed = 0;
    for (let i = 0; i < weights.length; i++) {
      if (capped[i]) fixed++;
      else s += weights[i]!;
    }
    const c = s > 0 ? (n - fixed) / s : 0;
    let again = false;
    for (let i = 0; i < weights.length; i++) {
      if (capped[i]) continue;
      if (c * weights[i]! >= 1) {
        capped[i] = true;
        again = true;
      }
    }
    if (!again) {
      for (let i = 0; i < weights.length; i++) pi[i] = capped[i] ? 1 : c * weights[i]!;
      return pi;
    }
  }
}

/** What a horizon draw must satisfy, checked on one result; returns the list of violations (empty = fine). */
export function checkHorizon(
  pi: readonly (readonly number[])[],
  strata: readonly (string | number)[] | undefined,
  out: readonly (readonly number[])[],
  tol = 1e-9,
): string[] {
  const problems: string[] = [];
  const T = pi.length;
  const N = pi[0]!.length;
  if (out.length !== T) problems.push(`expected ${T} periods, got ${out.length}`);
  const counts = new Array<number>(N).fill(0);
  for (let t = 0; t < T; t++) {
    const sel = out[t] ?? [];
    const row = pi[t]!;
    let n = 0;
    for (const p of row) n += p;
    if (sel.length !== Math.round(n))
      problems.push(`period ${t}: ${sel.length} selected, expected ${Math.round(n)}`);
    for (let k = 1; k < sel.length; k++) {
      if (!(sel[k - 1]! < sel[k]!)) problems.push(`period ${t}: not strictly increasing at ${k}`);
    }
    for (const i of sel) {
      if (!Number.isInteger(i) || i < 0 || i >= N) problems.push(`period ${t}: bad index ${i}`);
      else {
        counts[i]!++;
        if (row[i] === 0) problems.push(`period ${t}: unit ${i} has pi 0 but was selected`);
      }
    }
    const chosen = new Set(sel);
    for (let i = 0; i < N; i++) {
      if (row[i] === 1 && !chosen.has(i))
        problems.push(`period ${t}: unit ${i} has pi 1 but was not selected`);
    }
    if (strata) {
      const expected = new Map<string | number, number>();
      const got = new Map<string | number, number>();
      for (let i = 0; i < N; i++) {
        expected.set(strata[i]!, (expected.get(strata[i]!) ?? 0) + row[i]!);
        if (chosen.has(i)) got.set(strata[i]!, (got.get(strata[i]!) ?? 0) + 1);
      }
      for (const [h, e] of expected) {
        const g = got.get(h) ?? 0;
        if (g < Math.floor(e + tol) || g > Math.ceil(e - tol)) {
          problems.push(`period ${t}, stratum ${String(h)}: ${g} selected, expectation ${e}`);
        }
      }
    }
  }
  for (let i = 0; i < N; i++) {
    let lambda = 0;
    for (let t = 0; t < T; t++) lambda += pi[t]![i]!;
    const c = counts[i]!;
    if (c < Math.floor(lambda + tol) || c > Math.ceil(lambda - tol)) {
      problems.push(`unit ${i}: ${c} visits, expectation ${lambda}`);
    }
  }
  return problems;
}

/** Wraps an rng and counts its calls (of either method). */
export function countingRng(rng: Rng): Rng & { calls: number } {
  const counted = {
    calls: 0,
    next(): number {
      counted.calls++;
      return rng.next();
    },
    nextUint32(): number {
      counted.calls++;
      return rng.nextUint32();
    },
  };
  return counted;
}
