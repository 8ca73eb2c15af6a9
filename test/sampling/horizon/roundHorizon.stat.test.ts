import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { roundHorizon } from '../../../src/sampling/horizon/roundHorizon.js';
import { cappedProportional } from './helpers.js';

/**
 * Seeded statistical check on top of the exact enumeration: over M draws, every unit-period frequency must
 * be within z standard deviations of M * pi, with z for a two-sided level of 1e-6 Bonferroni-corrected over
 * all cells (fixed seeds: the outcome never changes from run to run).
 */
describe('roundHorizon: per-unit-period frequencies match pi (seeded)', () => {
  for (const [label, withStrata] of [
    ['with strata', true],
    ['without strata', false],
  ] as const) {
    it(label, () => {
      const N = 15;
      const T = 6;
      const r = createRng(`stat-input-${label}`);
      const strata = Array.from({ length: N }, (_, i) => ['a', 'b', 'c'][i % 3]!);
      const pi = Array.from({ length: T }, (_, t) => {
        const w = Array.from({ length: N }, (_, i) => ((i + t) % 5 === 0 ? 0 : 0.5 + 4 * r.next()));
        return cappedProportional(w, 4);
      });
      const M = 8_000;
      const rng = createRng(`stat-draws-${label}`);
      const hits = pi.map(() => new Array<number>(N).fill(0));
      for (let m = 0; m < M; m++) {
        const out = roundHorizon(pi, withStrata ? { rng, strata } : { rng });
        for (let t = 0; t < T; t++) for (const i of out[t]!) hits[t]![i]!++;
      }
      // Two-sided 1e-6 / (T * N) tail of the normal: z about 6.1 for 90 cells.
      const z = 6.2;
      let worst = 0;
      for (let t = 0; t < T; t++) {
        for (let i = 0; i < N; i++) {
          const p = pi[t]![i]!;
          if (p === 0 || p === 1) {
            expect(hits[t]![i]).toBe(p * M);
            continue;
          }
          const score = Math.abs(hits[t]![i]! - M * p) / Math.sqrt(M * p * (1 - p));
          worst = Math.max(worst, score);
        }
      }
      expect(worst).toBeLessThan(z);
    });
  }
});
