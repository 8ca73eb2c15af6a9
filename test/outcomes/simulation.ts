import type { OutcomeRecord } from '../../src/model/outcomesSchema.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { createRng } from '../../src/random/createRng.js';
import { normalQuantile } from '../../src/sampling/estimate/normalQuantile.js';
import { plan } from '../../src/schedule/plan.js';

// The simulation of issue 15 ("Unbiasedness and coverage by simulation", docs/estimation.md): a
// population of units with fixed problems, planned under many seeds; each schedule's routine visits
// find exactly the problems of their unit-periods, and `estimate` must be unbiased and cover.

/** Seeds per design, as the issue asks. */
export const SEEDS = 500;

/**
 * The population the CI runs (the cheapest of those in docs/estimation.md: 100 units in 4 types over
 * 13 weeks, 8 visits a week, i.e. 8%); the others cost several minutes of a 2-core machine.
 */
export const CI_POPULATION: Population = { units: 100, types: 4, weeks: 13, perWeek: 8 };

/** A population: `units` units in `types` types, over `weeks` weekly periods, `perWeek` routine visits a week. */
export interface Population {
  units: number;
  types: number;
  weeks: number;
  perWeek: number;
}

/** The plan's units and the fixed problems `problems[t][i]` (0 or 1), drawn from each unit's risk. */
export function makePopulation(p: Population, seed: string) {
  const rng = createRng(seed);
  const units = Array.from({ length: p.units }, (_, i) => ({
    id: `u-${String(i + 1).padStart(3, '0')}`,
    type: `type-${(i % p.types) + 1}`,
    // Risk 1..4 at random, plus a type effect: types differ in risk, and so in problems.
    risk: 1 + Math.floor(rng.next() * 4) + (i % p.types),
  }));
  const top = Math.max(...units.map((u) => u.risk));
  // A unit-period has a problem with probability 0.6 * risk / top risk (about 0.15 to 0.6), drawn once.
  const problems = Array.from({ length: p.weeks }, () =>
    units.map((u) => (rng.next() < (0.6 * u.risk) / top ? 1 : 0)),
  );
  const truth = problems.flat().reduce((s: number, y) => s + y, 0) / (p.units * p.weeks);
  // The share of the problems' variance between units (unit means), which horizon coordination
  // balances away (docs/estimation.md, "Why conservative under horizon coordination").
  const mean = truth;
  let total = 0;
  let between = 0;
  units.forEach((_, i) => {
    let unitSum = 0;
    for (let t = 0; t < p.weeks; t++) {
      unitSum += problems[t]![i]!;
      total += (problems[t]![i]! - mean) ** 2;
    }
    between += p.weeks * (unitSum / p.weeks - mean) ** 2;
  });
  return { units, problems, truth, betweenUnits: between / total };
}

/** What 500 (or `seeds`) schedules of one design gave. */
export interface SimulationResult {
  truth: number;
  mean: number;
  /** The Monte Carlo standard error of `mean`. */
  mcse: number;
  /** The share of the seeds whose 95% interval covers the truth. */
  coverage: number;
  /** Mean estimated variance over the variance of the estimates across seeds. */
  varianceRatio: number;
  /** The upper bound docs/estimation.md gives for horizon coordination: 2 Phi(1.96 / sqrt(1 - R^2)) - 1. */
  horizonBound: number;
  milliseconds: number;
}

/** Plans `population` under `seeds` seeds and estimates the overall share from each schedule's routine visits. */
export function simulate(
  population: Population,
  routine: { coordination: 'horizon' | 'independent'; fairness: 'equal' | 'risk' },
  seeds: number,
): SimulationResult {
  const start = performance.now();
  const pop = makePopulation(
    population,
    `population-${population.units}-${population.types}-${population.weeks}`,
  );
  const end = new Date(Date.UTC(2026, 0, 4 + 7 * population.weeks)).toISOString().slice(0, 10);
  const estimates: number[] = [];
  let variances = 0;
  let covered = 0;
  for (let k = 0; k < seeds; k++) {
    const input = {
      seed: `simulation-${k}`,
      horizon: { start: '2026-01-05', end, zone: 'Asia/Shanghai', period: 'week' },
      units: pop.units,
      routine: { visitsPerPeriod: population.perWeek, prorate: 'none', ...routine },
    };
    const schedule = plan(input);
    const index = new Map(pop.units.map((u, i) => [u.id, i]));
    const records: OutcomeRecord[] = schedule.visits.map((v) =>
      pop.problems[v.period]![index.get(v.unit)!] === 1
        ? { visit: v.id, result: 'problems', problems: [{ category: 'any' }] }
        : { visit: v.id, result: 'compliant' },
    );
    const e = estimate(input, schedule, { schedule: schedule.manifest.scheduleHash, records }, { asOf: end });
    const group = e.groups[0]!;
    estimates.push(group.estimate!);
    variances += group.standardError! ** 2;
    if (group.ci![0] <= pop.truth && pop.truth <= group.ci![1]) covered += 1;
  }
  const mean = estimates.reduce((s, x) => s + x, 0) / seeds;
  const spread = estimates.reduce((s, x) => s + (x - mean) ** 2, 0) / (seeds - 1);
  const z = normalQuantile(0.975);
  const phi = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
  return {
    truth: pop.truth,
    mean,
    mcse: Math.sqrt(spread / seeds),
    coverage: covered / seeds,
    varianceRatio: variances / seeds / spread,
    horizonBound: 2 * phi(z / Math.sqrt(1 - pop.betweenUnits)) - 1,
    milliseconds: performance.now() - start,
  };
}

/** The error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7: enough for a bound on coverage). */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
