/**
 * The benchmark suite (not tests: timings are printed, never asserted).
 *
 *   npx tsx bench/run.ts [--quick] [group ...]
 *
 * Groups: designs (pivotal, systematic, drawSample), maxent, peers, planning (horizon rounding,
 * inspector assignment, plan()), scale (plan, verify and report at 1e6 and 1e5 units, with their peak
 * RSS, in child processes; its own options `--rounds=N` and `--cases=A|B`, see bench/scale.ts). The
 * `scale` group runs only when named (`npx tsx bench/run.ts scale`): it takes many minutes and GBs.
 * Every time is the median of repeated runs after a warm-up and is also given as a ratio to "the
 * limit" (N uniforms from the same Rng plus one pass over an N-array; for `scale`, the limit of
 * issue 16, bench/scaleCases.ts) measured in the same run. The output is markdown, pasted into docs/benchmarks.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchContext } from './context.js';
import { runDesigns } from './designs.js';
import { runMaxent } from './maxent.js';
import { runPeers } from './peers.js';
import { runPlanning } from './planning.js';
import { runScale } from './scale.js';
import { sinkValue } from './timing.js';

const groups: Record<string, (ctx: BenchContext) => Promise<void>> = {
  designs: runDesigns,
  maxent: runMaxent,
  peers: runPeers,
  planning: runPlanning,
  scale: runScale,
};

/** Groups that run only when named on the command line. */
const ON_REQUEST = new Set(['scale']);

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const chosen = args.filter((a) => !a.startsWith('--'));
for (const g of chosen) {
  if (!(g in groups)) {
    console.error(`unknown group "${g}"; groups: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
}

const ctx: BenchContext = {
  quick,
  timing: quick
    ? { warmup: 1, minTimeMs: 50, minReps: 2, maxReps: 1000 }
    : { warmup: 2, minTimeMs: 500, minReps: 5, maxReps: 1000 },
  notes: [],
};

const started = performance.now();
console.log(`# fairdraw benchmarks${quick ? ' (--quick)' : ''}`);
console.log(
  `\n${new Date().toISOString().slice(0, 10)}; node ${process.version}; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} at start`,
);
for (const [name, run] of Object.entries(groups)) {
  if (chosen.length > 0 ? !chosen.includes(name) : ON_REQUEST.has(name)) continue;
  await run(ctx);
}
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (ctx.notes.length > 0) {
  console.log('\nNotes:');
  for (const n of ctx.notes) console.log(`- ${n}`);
}
// Printing the sink keeps every benchmark's output live, so no work can be optimised away.
console.log(`(checksum ${sinkValue().toPrecision(6)})`);
