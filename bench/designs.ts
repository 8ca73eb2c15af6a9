/**
 * Group 1: the O(N) designs (pivotal, systematic) and the public entry points around them
 * (inclusionProbabilities, drawSample with and without strata) at N = 1e3 ... 1e6 with n = N/100,
 * each as a ratio to the limit measured at the same N in the same run, in alternation with the case
 * (bench/paired.ts: a change of load during the run moves both). Target (issue 2): pivotal and systematic <= 3x
 * the limit at N = 1e6. `pivotal` and `systematic` are their one draw, version 2 (32-bit words).
 */
import { createRng } from '../src/random/createRng.js';
import { uniformInt } from '../src/random/uniformInt.js';
import { drawSample } from '../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../src/sampling/inclusionProbabilities.js';
import { pivotal } from '../test/reference/pivotal.js';
import { systematic } from '../test/reference/systematic.js';
import type { BenchContext } from './context.js';
import { limit, limitWords, randomWeights } from './fixtures.js';
import { paired } from './paired.js';
import { formatMs, formatN, formatRatio, median, printTable } from './timing.js';

/** Number of strata (police types) in the stratified drawSample rows. */
const STRATA = 8;
/** The issue-2 target for the O(N) designs at N = 1e6, as a multiple of the limit. */
const TARGET_RATIO = 3;

export async function runDesigns(ctx: BenchContext): Promise<void> {
  const sizes = ctx.quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
  const header = ['N', 'n', 'limit'];
  const rows: string[][] = [];
  const atTop: Record<string, number> = {};
  for (const N of sizes) {
    const n = N / 100;
    const weights = randomWeights(N, `bench-designs-${N}`);
    const pi = inclusionProbabilities(weights, n);
    const g = createRng(`bench-strata-${N}`);
    const strata = Array.from({ length: N }, () => `type-${uniformInt(g, STRATA)}`);
    const rng = createRng(`bench-designs-rng-${N}`);
    let k = 0;
    const cases: [string, () => unknown][] = [
      ['inclusionProbabilities', () => inclusionProbabilities(weights, n)],
      ['limit in words (N words + one pass)', () => limitWords(pi, rng)],
      ['pivotal', () => pivotal(pi, rng)],
      ['systematic', () => systematic(pi, rng)],
      ['drawSample pivotal', () => drawSample(pi, { seed: `s${k++}`, design: 'pivotal' })],
      ['drawSample systematic', () => drawSample(pi, { seed: `s${k++}`, design: 'systematic' })],
      [
        `drawSample pivotal, ${STRATA} strata`,
        () => drawSample(pi, { seed: `s${k++}`, design: 'pivotal', strata }),
      ],
      [
        `drawSample systematic, ${STRATA} strata`,
        () => drawSample(pi, { seed: `s${k++}`, design: 'systematic', strata }),
      ],
    ];
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
