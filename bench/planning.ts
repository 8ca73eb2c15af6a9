/**
 * Group 4: the planning layers above the sampling core.
 * - horizon rounding (`roundHorizon`) of 1e4 units x 52 weekly periods x 8 strata, beside the
 *   sampling core alone for the same draws (52 independent per-period `drawSample` calls);
 * - inspector assignment: 1e4 visits, 200 inspectors, teams of 2 (issue 4 target <= 1 s);
 * - `plan()`: 1e4 units, one year of weekly periods (issue 3 target <= 2 s), without and with
 *   inspectors, beside the sampling core alone for the same draws.
 */

import { assignInspectors } from '../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../src/assign/types.js';
import type { PlanInput } from '../src/model/planInputSchema.js';
import type { Schedule } from '../src/model/scheduleSchema.js';
import { unitProbabilities } from '../src/model/unitProbabilities.js';
import { createRng } from '../src/random/createRng.js';
import { uniformInt } from '../src/random/uniformInt.js';
import type { Design } from '../src/sampling/Design.js';
import { drawSample } from '../src/sampling/drawSample.js';
import { roundHorizon } from '../src/sampling/horizon/roundHorizon.js';
import { inclusionProbabilities } from '../src/sampling/inclusionProbabilities.js';
import { plan } from '../src/schedule/plan.js';
import type { BenchContext } from './context.js';
import { limit, randomWeights } from './fixtures.js';
import { formatMs, formatN, formatRatio, printTable, time } from './timing.js';

const WEEKS = 52;
const STRATA = 8;

/** Sizes of the cases: the issues' sizes, or a tenth of them under `--quick`. */
export interface Scale {
  units: number;
  /** Routine visits per full week: 52 x 200 = 10 400 visits a year, about the assignment case. */
  perWeek: number;
  inspectors: number;
  visits: number;
}
export const FULL: Scale = { units: 10_000, perWeek: 200, inspectors: 200, visits: 10_000 };
const QUICK: Scale = { units: 1_000, perWeek: 20, inspectors: 20, visits: 1_000 };
const TYPES = [
  'police-station',
  'criminal-investigation',
  'public-order',
  'traffic',
  'household',
  'detention',
  'patrol',
  'marine',
];

/** `YYYY-MM-DD` of 2026-01-05 (a Monday) plus `day` days. */
function isoDate(day: number): string {
  return new Date(Date.UTC(2026, 0, 5) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Unit i's stratum (police type), region and weight; 5% of the units open in week 10. */
export function population(
  seed: string,
  UNITS: number,
): {
  types: string[];
  regions: string[];
  weights: number[];
  opensLate: boolean[];
} {
  const g = createRng(seed);
  const types = Array.from({ length: UNITS }, () => TYPES[uniformInt(g, STRATA)]!);
  const regions = Array.from({ length: UNITS }, () => `r-${uniformInt(g, 20)}`);
  const opensLate = Array.from({ length: UNITS }, () => g.next() < 0.05);
  return { types, regions, weights: randomWeights(UNITS, `${seed}-weights`), opensLate };
}

/** Times 52 independent per-period draws with `drawSample` (the sampling core alone). */
function independentDraws(pi: readonly number[][], strata: readonly string[], design: Design) {
  let k = 0;
  return () => {
    let total = 0;
    for (const row of pi) total += drawSample(row, { seed: `bench-period-${k++}`, design, strata }).length;
    return total;
  };
}

export async function runPlanning(ctx: BenchContext): Promise<void> {
  const slow = ctx.quick
    ? { ...ctx.timing, minReps: 1, maxReps: 2 }
    : { ...ctx.timing, warmup: 3, minReps: 5, maxReps: 9 };
  const scale = ctx.quick ? QUICK : FULL;
  const { units: UNITS, perWeek: PER_WEEK, inspectors: INSPECTORS } = scale;
  const pop = population('bench-planning', UNITS);

  // Horizon rounding vs 52 independent draws.
  {
    const pi: number[][] = [];
    for (let t = 0; t < WEEKS; t++) {
      const w = pop.weights.map((x, i) => (pop.opensLate[i] && t < 10 ? 0 : x));
      pi.push(inclusionProbabilities(w, PER_WEEK));
    }
    const rng = createRng('bench-horizon');
    const rows: string[][] = [];
    const lim = time(() => pi.reduce((s, row) => s + limit(row, rng), 0), ctx.timing);
    rows.push(['limit (N uniforms + one pass, 52 times)', formatMs(lim.median), '1.00x']);
    const add = (name: string, fn: () => unknown): number => {
      const t = time(fn, slow);
      rows.push([name, formatMs(t.median), formatRatio(t.median / lim.median)]);
      return t.median;
    };
    const joint = add(`roundHorizon, ${STRATA} strata`, () => roundHorizon(pi, { rng, strata: pop.types }));
    add('roundHorizon, no strata', () => roundHorizon(pi, { rng }));
    for (const design of ['pivotal', 'systematic', 'maxent'] as const) {
      const t = add(
        `52 x drawSample ${design}, ${STRATA} strata (independent)`,
        independentDraws(pi, pop.types, design),
      );
      rows[rows.length - 1]!.push(`roundHorizon = ${formatRatio(joint / t)} of this`);
    }
    printTable(
      `Horizon rounding: ${formatN(UNITS)} units x ${WEEKS} weeks x ${STRATA} strata, ${PER_WEEK} visits a week (median)`,
      ['draw', 'time', 'vs limit', 'note'],
      rows.map((r) => (r.length < 4 ? [...r, ''] : r)),
    );
  }

  // Inspector assignment.
  {
    const { visits, inspectors } = assignmentCase(pop, scale);
    const rows: string[][] = [];
    for (const recusal of [['homeUnit'], ['homeUnit', 'region']] as const) {
      let k = 0;
      const t = time(
        () =>
          assignInspectors(visits, inspectors, {
            teamSize: 2,
            recusal,
            rng: createRng(`bench-assign-${k++}`),
          }),
        slow,
      );
      rows.push([
        formatN(visits.length),
        String(inspectors.length),
        '2',
        recusal.join(' + '),
        formatMs(t.median),
        ctx.quick ? '(quick size)' : t.median <= 1000 ? 'met (<= 1 s)' : 'NOT met (<= 1 s)',
      ]);
    }
    printTable(
      'Inspector assignment (median)',
      ['visits', 'inspectors', 'team', 'recusal', 'time', 'target'],
      rows,
    );
  }

  // plan().
  {
    const rows: string[][] = [];
    let schedule: Schedule | undefined;
    for (const withInspectors of [false, true]) {
      const input = planInput(pop, scale, withInspectors);
      const t = time(() => (schedule = plan(input)), slow);
      rows.push([
        withInspectors ? `plan(), ${INSPECTORS} inspectors in teams of 2` : 'plan(), no inspectors',
        formatMs(t.median),
        `${schedule!.visits.length} visits in ${schedule!.periods.length} periods, ${
          schedule!.visits.filter((v) => v.inspectors.length === 2).length
        } staffed by 2`,
        withInspectors || ctx.quick ? '' : t.median <= 2000 ? 'met (<= 2 s)' : 'NOT met (<= 2 s)',
      ]);
    }
    // The sampling core alone for the same draws: the probabilities plan() delivered.
    const s = schedule!;
    const T = s.periods.length;
    const pi = Array.from({ length: T }, (_, t) => s.units.map((u) => unitProbabilities(s, u)[t]!));
    const strata = s.units.map((u) => u.type);
    const rng = createRng('bench-plan-core');
    const core = time(() => roundHorizon(pi, { rng, strata }), slow);
    rows.push(['sampling core alone: roundHorizon on the same pi', formatMs(core.median), '', '']);
    const t = time(independentDraws(pi, strata, 'maxent'), slow);
    rows.push([`sampling core alone: ${T} x drawSample maxent (independent)`, formatMs(t.median), '', '']);
    printTable(
      `plan(): ${formatN(UNITS)} units of ${STRATA} types, one year weekly (2026, Asia/Shanghai), ${PER_WEEK} visits a full week (median)`,
      ['what', 'time', 'output', 'target'],
      rows,
    );
  }
}

/**
 * `scale.visits` visits spread over the 260 working days of 52 weeks, to units of the population,
 * and `scale.inspectors` inspectors: home units, 10 unavailable days each, at most 4 visits a week and 2 a day, and every
 * fourth one qualified for only 1 to 4 types.
 */
export function assignmentCase(
  pop: ReturnType<typeof population>,
  scale: Scale,
): { visits: AssignVisit[]; inspectors: AssignInspector[] } {
  const { units: UNITS, inspectors: INSPECTORS, visits: nVisits } = scale;
  const g = createRng('bench-assign-input');
  const days: { date: string; period: number }[] = [];
  for (let w = 0; w < WEEKS; w++)
    for (let d = 0; d < 5; d++) days.push({ date: isoDate(w * 7 + d), period: w });
  const visits: AssignVisit[] = Array.from({ length: nVisits }, (_, v) => {
    const u = uniformInt(g, UNITS);
    const day = days[Math.floor((v * days.length) / nVisits)]!;
    return {
      id: `v-${v}`,
      unit: `u-${u}`,
      unitType: pop.types[u]!,
      unitRegion: pop.regions[u]!,
      date: day.date,
      period: day.period,
    };
  });
  const inspectors: AssignInspector[] = Array.from({ length: INSPECTORS }, (_, i) => {
    const home = uniformInt(g, UNITS);
    const insp: AssignInspector = {
      id: `insp-${String(i).padStart(3, '0')}`,
      homeUnit: `u-${home}`,
      homeRegion: pop.regions[home]!,
      maxPerPeriod: 4,
      maxPerDay: 2,
      unavailable: Array.from({ length: 10 }, () => days[uniformInt(g, days.length)]!.date),
    };
    if (i % 4 === 0) insp.types = TYPES.slice(0, 1 + uniformInt(g, 4));
    return insp;
  });
  return { visits, inspectors };
}

/** A plan file for the population: weekly 2026 in Asia/Shanghai, risk-weighted, balanced by type. */
function planInput(pop: ReturnType<typeof population>, scale: Scale, withInspectors: boolean): PlanInput {
  const { units: UNITS, perWeek: PER_WEEK, inspectors: INSPECTORS } = scale;
  const g = createRng('bench-plan-inspectors');
  return {
    seed: 'bench-plan-2026',
    horizon: {
      start: '2026-01-05',
      end: '2027-01-03',
      zone: 'Asia/Shanghai',
      period: 'week',
      workdays: [1, 2, 3, 4, 5],
      holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-05-01', '2026-10-01', '2026-10-02'],
      extraWorkdays: ['2026-02-14', '2026-09-27'],
    },
    units: pop.weights.map((w, i) => ({
      id: `u-${i}`,
      type: pop.types[i]!,
      region: pop.regions[i]!,
      risk: Math.round(w * 100) / 100,
      ...(pop.opensLate[i] ? { active: { from: '2026-03-16' } } : {}),
    })),
    inspectors: withInspectors
      ? Array.from({ length: INSPECTORS }, (_, i) => ({
          id: `insp-${String(i).padStart(3, '0')}`,
          homeUnit: `u-${uniformInt(g, UNITS)}`,
          maxPerPeriod: 6,
          maxPerDay: 2,
        }))
      : [],
    routine: { visitsPerPeriod: PER_WEEK, fairness: 'risk', balance: 'type', coordination: 'horizon' },
    team: { size: 2, recusal: ['homeUnit'] },
  };
}
