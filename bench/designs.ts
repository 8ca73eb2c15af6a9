/**
 * Group 1: the O(N) designs (pivotal, systematic) and the public entry points around them
 * (inclusionProbabilities, drawSample with and without strata) at N = 1e3 ... 1e6 with n = N/100,
 * each as a ratio to the limit measured at the same N in the same run, in alternation with the case
 * (bench/paired.ts: a change of load during the run moves both). Target (issue 2): pivotal and systematic <= 3x
 * the limit at N = 1e6. `pivotal` and `systematic` are their one draw, version 2 (32-bit words).
 */
import { createRng } from '../src/random/createRng.js';
import { uniformInt } from '../src/random/uniformInt.js';
import { loadDrawSample, loadInclusionProbabilities, loadPivotal, loadSystematic } from './api.js';
import type { BenchContext } from './context.js';
import { limit, limitWords, randomWeights, skipped } from './fixtures.js';
import { paired } from './paired.js';
import { formatMs, formatN, formatRatio, median, printTable } from './timing.js';

/** Number of strata (police types) in the stratified drawSample rows. */
const STRATA = 8;
/** The issue-2 target for the O(N) designs at N = 1e6, as a multiple of the limit. */
const TARGET_RATIO = 3;

export async function runDesigns(ctx: BenchContext): Promise<void> {
  const [ip, piv, sys, ds] = await Promise.all([
    loadInclusionProbabilities(),
    loadPivotal(),
    loadSystematic(),
    loadDrawSample(),
  ]);
  if (!ip.ok) return skipped(ctx.notes, 'designs', ip.why);
  if (!piv.ok) skipped(ctx.notes, 'designs: pivotal', piv.why);
  if (!sys.ok) skipped(ctx.notes, 'designs: systematic', sys.why);
  if (!ds.ok) skipped(ctx.notes, 'designs: drawSample', ds.why);
  const inclusion = ip.mod;

  const sizes = ctx.quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
  const header = ['N', 'n', 'limit'];
  const rows: string[][] = [];
  const atTop: Record<string, number> = {};
  for (const N of sizes) {
    const n = N / 100;
    const weights = randomWeights(N, `bench-designs-${N}`);
    const pi = inclusion(weights, n);
    const g = createRng(`bench-strata-${N}`);
    const strata = Array.from({ length: N }, () => `type-${uniformInt(g, STRATA)}`);
    const rng = createRng(`bench-designs-rng-${N}`);
    let k = 0;
    const cases: [string, () => unknown][] = [['inclusionProbabilities', () => inclusion(weights, n)]];
    cases.push(['limit in words (N words + one pass)', () => limitWords(pi, rng)]);
    if (piv.ok) cases.push(['pivotal', () => piv.mod(pi, rng)]);
    if (sys.ok) cases.push(['systematic', () => sys.mod(pi, rng)]);
    if (ds.ok) {
      const draw = ds.mod;
      cases.push(['drawSample pivotal', () => draw(pi, { seed: `s${k++}`, design: 'pivotal' })]);
      cases.push(['drawSample systematic', () => draw(pi, { seed: `s${k++}`, design: 'systematic' })]);
      cases.push([
        `drawSample pivotal, ${STRATA} strata`,
        () => draw(pi, { seed: `s${k++}`, design: 'pivotal', strata }),
      ]);
      cases.push([
        `drawSample systematic, ${STRATA} strata`,
        () => draw(pi, { seed: `s${k++}`, design: 'systematic', strata }),
      ]);
    }
    // Sanity (outside the timings): every sampler returns exactly n units.
    for (const [name, fn] of cases.slice(2)) {
      const got = (fn() as number[]).length;
      if (got !== n) throw new Error(`${name} at N=${N} returned ${got} units, expected ${n}`);
    }
    if (header.length === 3) header.push(...cases.map(([name]) => name));
    // Each case alternates with the limit, run by run; its ratio is the median of the per-round
    // ratios (bench/paired.ts), with the quartiles at the largest N.
    const limits: number[] = [];
    const cells: string[] = [];
    for (const [name, fn] of cases) {
      const t = paired(fn, () => limit(pi, rng), ctx.timing);
      limits.push(t.baseline);
      const spread = N === sizes[sizes.length - 1] ? `, ${formatRatio(t.q1)}-${formatRatio(t.q3)}` : '';
      cells.push(`${formatMs(t.median)} (${formatRatio(t.ratio)}${spread})`);
      if (N === sizes[sizes.length - 1]) atTop[name] = t.ratio;
    }
    const row = [formatN(N), String(n), formatMs(median(limits)), ...cells];
    rows.push(row);
  }
  printTable(
    'Designs: median time (median ratio to the limit, N uniforms + one pass, timed in alternation with each case; at the largest N also the quartiles of the ratio), n = N/100',
    header,
    rows,
  );
  const top = formatN(sizes[sizes.length - 1]!);
  for (const name of ['pivotal', 'systematic']) {
    const r = atTop[name];
    if (r === undefined || ctx.quick) continue;
    console.log(
      `target: ${name} <= ${TARGET_RATIO}x the limit at N = ${top}: ${formatRatio(r)} -> ${r <= TARGET_RATIO ? 'MET' : 'NOT MET'}`,
    );
  }
}
