/**
 * Paired timing for `bench/` (never used by tests): the case and the baseline run in alternating
 * slots of about 100 ms each (the call repeated as often as that takes), and every slot of the case
 * gives one ratio, to the mean of the baseline slots just before and after it. On a shared machine
 * whose speed drifts within seconds, the median of those ratios moves much less than the ratio of two
 * medians taken a second apart (what {@link time} gives). Slots, rather than single calls, keep the
 * garbage one side leaves from being collected mostly in the other side's time.
 */
import { consume, median, type TimeOptions } from './timing.js';

/** The outcome of {@link paired}. */
export interface Paired {
  /** Median time of the case, in milliseconds. */
  median: number;
  /** Median time of the baseline, in milliseconds. */
  baseline: number;
  /** Median over the rounds of case time / mean of the baseline runs just before and after it. */
  ratio: number;
  /** First and third quartiles of the per-round ratios. */
  q1: number;
  q3: number;
  /** Number of rounds. */
  rounds: number;
}

/** Length of one slot, in milliseconds. */
const SLOT_MS = 100;

/** One call of `fn`, repeated `k` times, in milliseconds per call. */
function once(fn: () => unknown, k: number): number {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) consume(fn());
  return (performance.now() - t0) / k;
}

/** The `q`-quantile (0..1) of a non-empty list, by the nearest rank. */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/**
 * Times `fn` against `baseline` in alternation: `warmup` untimed rounds, then rounds of
 * baseline, case, baseline until at least `minReps` rounds (default 7) are done and the cases add up to
 * `minTimeMs`, or `maxReps` rounds. Each slot repeats its call so that it lasts about 100 ms.
 */
export function paired(fn: () => unknown, baseline: () => unknown, options: TimeOptions = {}): Paired {
  const warmup = options.warmup ?? 1;
  const minTimeMs = options.minTimeMs ?? 500;
  const maxReps = options.maxReps ?? 50;
  const minReps = Math.min(Math.max(options.minReps ?? 7, 7), maxReps);
  for (let i = 0; i < warmup; i++) {
    consume(baseline());
    consume(fn());
  }
  const kf = Math.max(1, Math.round(SLOT_MS / Math.max(once(fn, 1), 1e-3)));
  const kb = Math.max(1, Math.round(SLOT_MS / Math.max(once(baseline, 1), 1e-3)));
  const cases: number[] = [];
  const bases: number[] = [];
  const ratios: number[] = [];
  let total = 0;
  let before = once(baseline, kb);
  while (cases.length < maxReps && (cases.length < minReps || total < minTimeMs)) {
    const t = once(fn, kf);
    const after = once(baseline, kb);
    cases.push(t);
    bases.push(after);
    ratios.push(t / ((before + after) / 2));
    total += t * kf;
    before = after;
  }
  return {
    median: median(cases),
    baseline: median(bases),
    ratio: median(ratios),
    q1: quantile(ratios, 0.25),
    q3: quantile(ratios, 0.75),
    rounds: cases.length,
  };
}
