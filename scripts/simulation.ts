// The simulation of issue 15 over several populations, for the table of docs/estimation.md:
// `npx tsx scripts/simulation.ts [seeds] [units,types,weeks,perWeek ...]` (default 500 seeds, the four
// populations of the document). The CI runs the cheapest one (test/outcomes/simulation.*.test.ts).
import { type Population, simulate } from '../test/outcomes/simulation.js';

const seeds = Number(process.argv[2] ?? 500);
const given = process.argv.slice(3).map((arg) => arg.split(',').map(Number));
const populations: Population[] = (
  given.length > 0
    ? given
    : [
        [100, 4, 13, 8],
        [200, 6, 8, 20],
        [50, 3, 26, 5],
        [200, 6, 26, 15],
      ]
).map(([units, types, weeks, perWeek]) => ({
  units: units!,
  types: types!,
  weeks: weeks!,
  perWeek: perWeek!,
}));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
  '| units, types, weeks, visits a week | coordination | fairness | truth | mean | (mean - truth) / MCSE | coverage | mean v / var | horizon bound | seconds |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const p of populations) {
  for (const coordination of ['independent', 'horizon'] as const) {
    for (const fairness of ['equal', 'risk'] as const) {
      const r = simulate(p, { coordination, fairness }, seeds);
      console.log(
        `| ${p.units}, ${p.types}, ${p.weeks}, ${p.perWeek} | ${coordination} | ${fairness} | ${r.truth.toFixed(4)} | ${r.mean.toFixed(4)} | ${((r.mean - r.truth) / r.mcse).toFixed(2)} | ${pct(r.coverage)} | ${r.varianceRatio.toFixed(2)} | ${pct(r.horizonBound)} | ${(r.milliseconds / 1000).toFixed(0)} |`,
      );
    }
  }
}
