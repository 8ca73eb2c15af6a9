/**
 * A tiny timing harness for `bench/` (never used by tests): warm up, then repeat until the measured
 * time reaches `minTimeMs` (and at least `minReps` runs) or `maxReps` runs are done; report the median.
 */

/** How long and how often {@link time} runs a function. */
export interface TimeOptions {
  /** Untimed runs first, so the JIT has compiled the hot paths (default 1). */
  warmup?: number;
  /** Keep repeating until the timed runs add up to this many milliseconds (default 500). */
  minTimeMs?: number;
  /** At least this many timed runs, unless `maxReps` is smaller (default 3). */
  minReps?: number;
  /** At most this many timed runs (default 50). */
  maxReps?: number;
}

/** The outcome of {@link time}, in milliseconds. */
export interface Timing {
  /** Median of the timed runs. */
  median: number;
  /** Fastest timed run. */
  min: number;
  /** Slowest timed run. */
  max: number;
  /** Mean of the timed runs (for costs that are random themselves, like rejective sampling). */
  mean: number;
  /** Number of timed runs. */
  reps: number;
}

/** The results of the timed function are folded in here, so the JIT cannot drop the work. */
let sink = 0;

/** Folds a benchmark's output into a global sink (so that the work cannot be optimised away). */
export function consume(value: unknown): void {
  if (typeof value === 'number') sink += value;
  else if (value !== null && typeof value === 'object' && 'length' in value)
    sink += (value as ArrayLike<unknown>).length;
  else sink += value === undefined ? 0 : 1;
}

/** The sink's value (printed once at the end of a run, which keeps it live). */
export function sinkValue(): number {
  return sink;
}

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Times `fn`: `warmup` untimed runs, then timed runs until their total reaches `minTimeMs` with at
 * least `minReps` of them, or `maxReps` runs. `fn`'s return value is consumed (see {@link consume}).
 */
export function time(fn: () => unknown, options: TimeOptions = {}): Timing {
  const warmup = options.warmup ?? 1;
  const minTimeMs = options.minTimeMs ?? 500;
  const maxReps = options.maxReps ?? 50;
  const minReps = Math.min(options.minReps ?? 3, maxReps);
  for (let i = 0; i < warmup; i++) consume(fn());
  const runs: number[] = [];
  let total = 0;
  while (runs.length < maxReps && (runs.length < minReps || total < minTimeMs)) {
    const t0 = performance.now();
    const out = fn();
    const dt = performance.now() - t0;
    consume(out);
    runs.push(dt);
    total += dt;
  }
  return {
    median: median(runs),
    min: Math.min(...runs),
    max: Math.max(...runs),
    mean: total / runs.length,
    reps: runs.length,
  };
}

/** A duration for humans: µs, ms or s with 3 significant digits. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** A ratio like `2.41x`. */
export function formatRatio(r: number): string {
  return `${r < 10 ? r.toFixed(2) : r < 100 ? r.toFixed(1) : r.toFixed(0)}x`;
}

/** Prints a markdown table (so the output can be pasted into docs/benchmarks.md). */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

/** `1e3`, `1e4`... for powers of ten, else the number with separators. */
export function formatN(n: number): string {
  const e = Math.log10(n);
  return Number.isInteger(e) && n >= 1000 ? `1e${e}` : n.toLocaleString('en-US');
}
