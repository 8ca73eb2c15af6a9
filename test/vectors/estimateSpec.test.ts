import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devilleVariance } from '../../src/sampling/estimate/devilleVariance.js';
import { hajek } from '../../src/sampling/estimate/hajek.js';
import { hajekOverPeriods } from '../../src/sampling/estimate/hajekOverPeriods.js';
import { normalQuantile } from '../../src/sampling/estimate/normalQuantile.js';
import { wilsonInterval } from '../../src/sampling/estimate/wilsonInterval.js';

/** The figures R's `sampling` package computed (make.R beside the file; CI has no R). */
const vectors = JSON.parse(
  readFileSync(new URL('./estimate/hajek-deville.json', import.meta.url), 'utf8'),
) as {
  R: string;
  packages: Record<string, string>;
  cases: { name: string; pik: number[]; y: number[]; estimate: number; standardError: number }[];
  wilson: { successes: number; trials: number; level: number; ci: [number, number] }[];
  quantiles: { p: number; z: number }[];
};

describe("Hájek's estimate and Deville's standard error against R's sampling package", () => {
  it('records the R and package versions that made the figures', () => {
    expect(vectors.R).toMatch(/^R version \d/);
    expect(vectors.packages.sampling).toMatch(/^\d/);
    expect(vectors.cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of vectors.cases) {
    it(c.name, () => {
      const estimate = hajek(c.y, c.pik);
      expect(Math.abs(estimate - c.estimate)).toBeLessThan(1e-9);
      const size = c.pik.reduce((s, p) => s + 1 / p, 0);
      const residuals = c.y.map((y) => y - estimate);
      const se = Math.sqrt(devilleVariance(residuals, c.pik)) / size;
      expect(Math.abs(se - c.standardError)).toBeLessThan(1e-9);
      // The pooled estimator, given this one period, gives the same figures.
      const pooled = hajekOverPeriods([{ y: c.y, pi: c.pik }]);
      expect(Math.abs(pooled.estimate - c.estimate)).toBeLessThan(1e-9);
      expect(Math.abs(Math.sqrt(pooled.variance) - c.standardError)).toBeLessThan(1e-9);
    });
  }
});

describe("Wilson's interval and the normal quantile against R", () => {
  for (const w of vectors.wilson) {
    it(`Wilson ${w.successes}/${w.trials} at ${w.level} equals prop.test(correct = FALSE)`, () => {
      const [lo, hi] = wilsonInterval(w.successes, w.trials, w.level);
      expect(Math.abs(lo - w.ci[0])).toBeLessThan(1e-9);
      expect(Math.abs(hi - w.ci[1])).toBeLessThan(1e-9);
    });
  }
  it('normalQuantile equals qnorm to 1e-12 (relative)', () => {
    for (const q of vectors.quantiles) {
      expect(Math.abs(normalQuantile(q.p) - q.z)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(q.z)));
    }
  });
});
