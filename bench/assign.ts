/**
 * Benchmark of the assignment core: 1e4 visits, 200 inspectors, teams of 2 (issue 4: <= 1 s).
 * Run: `npx tsx bench/assign.ts`. Not a test: timings are printed, never asserted.
 */
import { assignInspectors } from '../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../src/assign/types.js';
import { createRng } from '../src/random/createRng.js';
import { uniformInt } from '../src/random/uniformInt.js';

function isoDate(day: number): string {
  return new Date(Date.UTC(2026, 0, 5) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A synthetic county-like horizon: 52 weeks x 5 workdays, 1000 units of 8 types in 10 regions. */
export function benchCase(
  nVisits: number,
  nInspectors: number,
  restricted: boolean,
): { visits: AssignVisit[]; inspectors: AssignInspector[] } {
  const g = createRng('bench-assign-input');
  const types = ['ps', 'cit', 'det', 'traffic', 'border', 'patrol', 'econ', 'cyber'];
  const units = Array.from({ length: 1000 }, (_, u) => ({
    id: `u-${u}`,
    type: types[uniformInt(g, types.length)]!,
    region: `r-${uniformInt(g, 10)}`,
  }));
  const workdays: { date: string; period: number }[] = [];
  for (let w = 0; w < 52; w++)
    for (let d = 0; d < 5; d++) workdays.push({ date: isoDate(w * 7 + d), period: w });
  const visits: AssignVisit[] = Array.from({ length: nVisits }, (_, v) => {
    const u = units[uniformInt(g, units.length)]!;
    const day = workdays[Math.floor((v * workdays.length) / nVisits)]!;
    return {
      id: `v-${v}`,
      unit: u.id,
      unitType: u.type,
      unitRegion: u.region,
      date: day.date,
      period: day.period,
    };
  });
  const inspectors: AssignInspector[] = Array.from({ length: nInspectors }, (_, i) => {
    const home = units[uniformInt(g, units.length)]!;
    const insp: AssignInspector = {
      id: `insp-${String(i).padStart(3, '0')}`,
      homeUnit: home.id,
      homeRegion: home.region,
      maxPerPeriod: 6,
      maxPerDay: 2,
      unavailable: Array.from({ length: 10 }, () => workdays[uniformInt(g, workdays.length)]!.date),
    };
    if (restricted && i % 4 === 0) insp.types = types.slice(0, 1 + uniformInt(g, 4));
    return insp;
  });
  return { visits, inspectors };
}

function run(label: string, restricted: boolean, recusal: ('homeUnit' | 'region')[]): void {
  const { visits, inspectors } = benchCase(10_000, 200, restricted);
  const times: number[] = [];
  const cpu: number[] = [];
  let spread = 0;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const a = assignInspectors(visits, inspectors, { teamSize: 2, recusal, rng: createRng(`bench-${rep}`) });
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    times.push(performance.now() - t0);
    const l = Object.values(a.loads);
    spread = Math.max(...l) - Math.min(...l);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${label}: wall median ${times[2]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)}), ` +
      `CPU median ${cpu[2]!.toFixed(0)} ms, 5 runs (load spread ${spread})`,
  );
}

run('1e4 visits x 200 inspectors, teams of 2, homeUnit recusal', false, ['homeUnit']);
run('same, region recusal + 1/4 inspectors qualified for 1-4 types', true, ['homeUnit', 'region']);
