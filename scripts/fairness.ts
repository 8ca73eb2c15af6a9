// Measures, on the bundled county example, what horizon coordination does to yearly counts and to
// the gaps between a unit's visits, against independent weekly draws: `npx tsx scripts/fairness.ts [runs]`.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { plan } from '../src/schedule/plan.js';

const runs = Number(process.argv[2] ?? 100);
const base = JSON.parse(readFileSync('examples/county.json', 'utf8'));
delete base.inspectors;
delete base.team;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

for (const coordination of ['horizon', 'independent'] as const) {
  const deviations: number[] = [];
  const gaps: number[] = [];
  let outside = 0;
  let unitYears = 0;
  for (let r = 0; r < runs; r++) {
    const schedule = plan({ ...base, seed: `fairness-${r}`, routine: { ...base.routine, coordination } });
    for (const u of schedule.units) {
      const d = u.visits - u.expectedVisits;
      deviations.push(d);
      unitYears += 1;
      if (u.visits < Math.floor(u.expectedVisits + 1e-9) || u.visits > Math.ceil(u.expectedVisits - 1e-9))
        outside += 1;
      const dates = schedule.visits.filter((v) => v.unit === u.id).map((v) => DateTime.fromISO(v.date));
      for (let k = 1; k < dates.length; k++) gaps.push(dates[k]!.diff(dates[k - 1]!, 'days').days);
    }
  }
  deviations.sort((a, b) => a - b);
  gaps.sort((a, b) => a - b);
  const sd = Math.sqrt(deviations.reduce((s, d) => s + d * d, 0) / deviations.length);
  console.log(`coordination ${coordination}, ${runs} seeds, ${unitYears} unit-years`);
  console.log(
    `  yearly count - expected: min ${deviations[0]!.toFixed(2)}, max ${deviations.at(-1)!.toFixed(2)}, rms ${sd.toFixed(2)}`,
  );
  console.log(
    `  unit-years outside floor/ceil of expected: ${outside} (${((100 * outside) / unitYears).toFixed(1)}%)`,
  );
  console.log(
    `  gaps between a unit's visits (days): min ${gaps[0]}, p10 ${quantile(gaps, 0.1)}, p25 ${quantile(gaps, 0.25)}, ` +
      `median ${quantile(gaps, 0.5)}, p75 ${quantile(gaps, 0.75)}, p90 ${quantile(gaps, 0.9)}, max ${gaps.at(-1)}`,
  );
  console.log(
    `  share of gaps under 7 days: ${((100 * gaps.filter((g) => g < 7).length) / gaps.length).toFixed(1)}%`,
  );
}
