/**
 * Group 3: the weighted "without replacement" samplers a user would reach for, beside fairdraw.
 * - speed at N = 1e4 and 1e5 with n = N/100, on the same weights, beside the limit;
 * - inclusion error on the weights 1, 2, 3, 4, 10 with n = 2 (target pi = 0.1, 0.2, 0.3, 0.4, 1).
 *
 * Both peers draw one unit at a time with probability proportional to the remaining weights
 * (successive sampling): stdlib's `renormalizing` loop and pandemonium's A-ES reservoir
 * (Efraimidis & Spirakis, IPL 2006) realise the same sampling distribution, whose inclusion
 * probabilities are computed exactly here by enumerating the ordered draws.
 */
import sample from '@stdlib/random-sample';
import weightedReservoirSample from 'pandemonium/weighted-reservoir-sample';
import { createRng } from '../src/random/createRng.js';
import type { Rng } from '../src/random/Rng.js';
import type { Design } from '../src/sampling/Design.js';
import { inclusionProbabilities } from '../src/sampling/inclusionProbabilities.js';
import { jointInclusionProbabilities } from '../src/sampling/jointInclusionProbabilities.js';
import { maxentSample } from '../src/sampling/maxent/maxentSample.js';
import { pivotal } from '../test/reference/pivotal.js';
import { systematic } from '../test/reference/systematic.js';
import type { BenchContext } from './context.js';
import { limit, randomWeights } from './fixtures.js';
import { formatMs, formatN, formatRatio, printTable, time } from './timing.js';

/** The seed of stdlib's MT19937 (it only accepts integer seeds; it cannot take our Rng). */
const STDLIB_SEED = 20261123;

/**
 * Exact inclusion probabilities of successive sampling (draw `n` times, each time proportionally to
 * the weights not yet drawn), by enumerating every ordered sequence of draws. Small N only.
 */
export function successiveSamplingInclusion(weights: readonly number[], n: number): number[] {
  const N = weights.length;
  const out = new Array<number>(N).fill(0);
  const taken = new Array<boolean>(N).fill(false);
  const walk = (depth: number, prob: number, remaining: number): void => {
    if (depth === n) return;
    for (let i = 0; i < N; i++) {
      if (taken[i]) continue;
      const p = (prob * weights[i]!) / remaining;
      out[i]! += p;
      taken[i] = true;
      walk(depth + 1, p, remaining - weights[i]!);
      taken[i] = false;
    }
  };
  walk(
    0,
    1,
    weights.reduce((s, w) => s + w, 0),
  );
  return out;
}

function stdlibSampler(): (weights: readonly number[], n: number) => number[] {
  const draw = sample.factory({ seed: STDLIB_SEED });
  return (weights, n) => {
    let total = 0;
    for (const w of weights) total += w;
    const probs = weights.map((w) => w / total);
    const x = Array.from({ length: weights.length }, (_, i) => i);
    return draw(x, { size: n, probs, replace: false }) as number[];
  };
}

function pandemoniumSampler(rng: Rng): (weights: readonly number[], n: number) => number[] {
  let current: readonly number[] = [];
  const draw = weightedReservoirSample.createWeightedReservoirSample<number>({
    rng: () => rng.next(),
    getWeight: (i: number) => current[i]!,
  });
  return (weights, n) => {
    current = weights;
    const x = Array.from({ length: weights.length }, (_, i) => i);
    return draw(n, x);
  };
}

export async function runPeers(ctx: BenchContext): Promise<void> {
  const designs: [Design, (pi: ArrayLike<number>, rng: Rng) => number[]][] = [
    ['pivotal', pivotal],
    ['systematic', systematic],
    ['maxent', maxentSample],
  ];

  // Speed.
  const sizes = ctx.quick ? [1e4] : [1e4, 1e5];
  const rows: string[][] = [];
  for (const N of sizes) {
    const n = N / 100;
    const weights = randomWeights(N, `bench-peers-${N}`);
    const rng = createRng(`bench-peers-speed-${N}`);
    const pi0 = inclusionProbabilities(weights, n);
    const lim = time(() => limit(pi0, rng), ctx.timing);
    const entries: [string, () => unknown][] = [
      [
        '@stdlib/random-sample (probs, replace: false)',
        (
          (f) => () =>
            f(weights, n)
        )(stdlibSampler()),
      ],
      [
        'pandemonium weightedReservoirSample',
        (
          (f) => () =>
            f(weights, n)
        )(pandemoniumSampler(rng)),
      ],
    ];
    for (const [name, f] of designs) {
      entries.push([
        `fairdraw inclusionProbabilities + ${name}`,
        () => f(inclusionProbabilities(weights, n), rng),
      ]);
    }
    rows.push([formatN(N), String(n), 'limit (N uniforms + one pass)', formatMs(lim.median), '1.00x']);
    for (const [name, fn] of entries) {
      const t = time(
        fn,
        name.startsWith('@stdlib') ? { ...ctx.timing, warmup: 1, minReps: 3, maxReps: 10 } : ctx.timing,
      );
      rows.push([formatN(N), String(n), name, formatMs(t.median), formatRatio(t.median / lim.median)]);
    }
  }
  printTable(
    'Peers: speed, weights -> sample of n = N/100 (median)',
    ['N', 'n', 'sampler', 'time', 'vs limit'],
    rows,
  );

  // Inclusion error on 1, 2, 3, 4, 10 with n = 2.
  const weights = [1, 2, 3, 4, 10];
  const n = 2;
  const draws = ctx.quick ? 20_000 : 1_000_000;
  const target = inclusionProbabilities(weights, n);
  const exactPeer = successiveSamplingInclusion(weights, n);
  const freq = (draw: () => number[]): number[] => {
    const c = new Array<number>(weights.length).fill(0);
    for (let k = 0; k < draws; k++) for (const i of draw()) c[i]! += 1;
    return c.map((x) => x / draws);
  };
  const columns: [string, number[]][] = [];
  const st = stdlibSampler();
  columns.push(['stdlib', freq(() => st(weights, n))]);
  const pa = pandemoniumSampler(createRng('bench-peers-pandemonium'));
  columns.push(['pandemonium', freq(() => pa(weights, n))]);
  columns.push(['successive sampling, exact', exactPeer]);
  for (const [name, f] of designs) {
    const rng = createRng(`bench-peers-${name}`);
    columns.push([`fairdraw ${name}`, freq(() => f(target, rng))]);
  }
  // fairdraw's exact inclusion probabilities: the diagonal of the joint inclusion matrix, which the
  // library computes exactly (closed form for maxent, enumeration of every random order and start
  // or split for systematic and pivotal).
  for (const [name] of designs) {
    const joint = jointInclusionProbabilities(target, name);
    columns.push([`fairdraw ${name}, exact`, joint.map((row, i) => row[i]!)]);
  }
  const fmt = (x: number): string => (Math.abs(x) < 5e-5 && x !== 0 ? x.toExponential(1) : x.toFixed(4));
  const erows = weights.map((w, i) => [String(w), fmt(target[i]!), ...columns.map(([, v]) => fmt(v[i]!))]);
  const maxErr = (v: number[]): number => Math.max(...v.map((x, i) => Math.abs(x - target[i]!)));
  erows.push(['max abs error', '', ...columns.map(([, v]) => fmt(maxErr(v)))]);
  printTable(
    `Peers: inclusion frequencies, weights 1,2,3,4,10, n = 2 (${formatN(draws)} draws each; 1 s.e. <= ${(0.5 / Math.sqrt(draws)).toFixed(4)})`,
    ['weight', 'target pi', ...columns.map(([name]) => name)],
    erows,
  );
}
