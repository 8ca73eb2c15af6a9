/**
 * Group 2: the maximum-entropy design (conditional Poisson sampling) at N = 1e3, 1e4, 1e5 with
 * n = N/100: the fit of the working probabilities and the draw (rejective Poisson from the fitted
 * working probabilities) timed apart, then the whole of `maxentSample`. Target (issue 2): N = 1e5,
 * n = 1e3 in <= 2 s in total.
 */
import { type Coin, coinOf } from '../src/random/Rng.js';
import { createRng } from '../src/random/createRng.js';
import { loadExport, loadInclusionProbabilities, loadMaxent } from './api.js';
import type { BenchContext } from './context.js';
import { limit, randomWeights, skipped } from './fixtures.js';
import { formatMs, formatN, formatRatio, printTable, type Timing, time } from './timing.js';

/** The fitted design as `fitMaxent` returns it (only the fields used here). */
interface Fit {
  p: Float64Array;
  size: number;
  evaluations: number;
  residual: number;
}

/** The issue-2 target for maxent at N = 1e5, n = 1e3, in milliseconds. */
const TARGET_MS = 2000;

export async function runMaxent(ctx: BenchContext): Promise<void> {
  const [ip, sample, working, fit, rejective] = await Promise.all([
    loadInclusionProbabilities(),
    loadMaxent(),
    loadExport<(pi: ArrayLike<number>) => Float64Array>(
      'sampling/maxent/maxentWorkingProbabilities',
      'maxentWorkingProbabilities',
    ),
    loadExport<(pi: ArrayLike<number>) => Fit>('sampling/maxent/fitMaxent', 'fitMaxent'),
    loadExport<(p: Float64Array, size: number, coin: Coin) => Int32Array>(
      'sampling/maxent/rejectivePoisson',
      'rejectivePoisson',
    ),
  ]);
  if (!ip.ok) return skipped(ctx.notes, 'maxent', ip.why);
  if (!sample.ok) return skipped(ctx.notes, 'maxent', sample.why);
  if (!working.ok) skipped(ctx.notes, 'maxent: fit alone', working.why);
  if (!fit.ok || !rejective.ok) {
    skipped(ctx.notes, 'maxent: draw alone', fit.ok ? (rejective as { why: string }).why : fit.why);
  }

  const sizes = ctx.quick ? [1e3, 1e4] : [1e3, 1e4, 1e5];
  const rows: string[][] = [];
  let total1e5: Timing | undefined;
  for (const N of sizes) {
    const n = N / 100;
    const pi = ip.mod(randomWeights(N, `bench-maxent-${N}`), n);
    const rng = createRng(`bench-maxent-rng-${N}`);
    const coin = coinOf(rng);
    // Slow cases: fewer repetitions (each run of the 1e5 case takes about a second). The draw's cost
    // is itself random (a geometric number of Poisson trials), so it gets more runs and its mean too.
    const opts = N >= 1e5 ? { ...ctx.timing, warmup: 2, minReps: 5, maxReps: 7 } : ctx.timing;
    const drawOpts = N >= 1e5 ? { ...ctx.timing, warmup: 2, minReps: 15, maxReps: 15 } : ctx.timing;
    const lim = time(() => limit(pi, rng), ctx.timing);
    const cell = (ms: number | undefined): string =>
      ms === undefined ? 'n/a' : `${formatMs(ms)} (${formatRatio(ms / lim.median)})`;
    const fitT = working.ok ? time(() => working.mod(pi), opts).median : undefined;
    let drawT: number | undefined;
    let drawMean: number | undefined;
    let info = '';
    if (fit.ok && rejective.ok) {
      const f = fit.mod(pi);
      info = `${f.evaluations} evaluations, residual ${f.residual.toExponential(1)}`;
      const d = time(() => rejective.mod(f.p, f.size, coin), drawOpts);
      drawT = d.median;
      drawMean = d.mean;
    }
    const allT = time(() => sample.mod(pi, rng), opts);
    const all = allT.median;
    if (N === 1e5) total1e5 = allT;
    rows.push([
      formatN(N),
      String(n),
      formatMs(lim.median),
      cell(fitT),
      cell(drawT),
      drawMean === undefined ? 'n/a' : formatMs(drawMean),
      cell(all),
      info,
    ]);
  }
  printTable(
    'Maxent (conditional Poisson): median time (ratio to the limit, same run), n = N/100',
    [
      'N',
      'n',
      'limit',
      'fit (maxentWorkingProbabilities)',
      'draw (rejective Poisson)',
      'draw, mean',
      'maxentSample (fit + draw)',
      'fit',
    ],
    rows,
  );
  if (total1e5 !== undefined) {
    console.log(
      `target: maxent N = 1e5, n = 1e3 in <= ${formatMs(TARGET_MS)}: median ${formatMs(total1e5.median)}, mean ${formatMs(total1e5.mean)}, slowest of ${total1e5.reps} ${formatMs(total1e5.max)} -> ${total1e5.median <= TARGET_MS ? 'MET' : 'NOT MET'}`,
    );
  }
}
