import { describe, expect, it } from 'vitest';
import { CI_POPULATION, SEEDS, simulate } from './simulation.js';

// Issue 15, "Unbiasedness and coverage by simulation", under horizon coordination: the variance,
// per period summed over periods, ignores the balancing of the horizon draw and so overstates it
// (docs/estimation.md, "Why conservative under horizon coordination"): the 95% intervals must cover
// the truth in at least 93% of the seeds, and may cover more, up to the bound the document gives,
// 2 Phi(1.96 / sqrt(1 - R^2)) - 1 with R^2 the share of the problems' variance between units, plus
// three Monte Carlo standard errors.
describe.each(['equal', 'risk'] as const)('estimate under horizon coordination, fairness %s', (fairness) => {
  it(`is unbiased, covers, and is conservative no more than docs/estimation.md says, over ${SEEDS} seeds`, () => {
    const r = simulate(CI_POPULATION, { coordination: 'horizon', fairness }, SEEDS);
    expect(Math.abs(r.mean - r.truth)).toBeLessThanOrEqual(3 * r.mcse);
    expect(r.coverage).toBeGreaterThanOrEqual(0.93);
    const mc = 3 * Math.sqrt((r.horizonBound * (1 - r.horizonBound)) / SEEDS);
    expect(r.coverage).toBeLessThanOrEqual(Math.max(0.985, r.horizonBound + mc));
    expect(r.varianceRatio).toBeGreaterThan(0.9);
  }, 600_000);
});
