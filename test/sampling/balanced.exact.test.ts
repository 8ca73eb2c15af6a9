import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/sampling/Design.js';
import { stratify } from '../../src/sampling/stratify.js';
import {
  marginals,
  maxDiff,
  maxentOutcomes,
  type Outcomes,
  pivotalOutcomes,
  randomisedOutcomes,
  systematicOutcomes,
} from './exact.js';
import { piVector } from './populations.js';

/** The exact distribution of a design (as drawSample runs it) on a vector. */
function designOutcomes(design: Design, v: readonly number[]): Outcomes {
  if (!v.some((p) => p > 0 && p < 1)) return [{ p: 1, sample: v.flatMap((p, i) => (p >= 1 ? [i] : [])) }];
  if (design === 'maxent') return maxentOutcomes(v);
  return randomisedOutcomes(design === 'pivotal' ? pivotalOutcomes : systematicOutcomes, v);
}

/** A pi vector (N <= 10) and 2 or 3 strata of at most 5 units each, labels mixed strings and numbers. */
const stratified = piVector(3, 10)
  .chain((pi) =>
    fc.tuple(
      fc.constant(pi),
      fc.integer({ min: 2, max: 3 }),
      fc.shuffledSubarray(
        pi.map((_, i) => i),
        { minLength: pi.length, maxLength: pi.length },
      ),
    ),
  )
  .map(([pi, H, perm]) => {
    const labels = ['police-station', 2, 'criminal-investigation'];
    return { pi, strata: pi.map((_, i) => labels[perm[i]! % H]!) };
  });

describe('balanced draws (strata), exact over every branch / interval / sample', () => {
  for (const [design, runs] of [
    ['pivotal', 60],
    ['systematic', 60],
    ['maxent', 60],
  ] as const) {
    it(`${design}: every unit keeps pi to 1e-9, every stratum gets floor or ceil, total fixed (${runs} populations)`, () => {
      let fractionalStrata = 0;
      fc.assert(
        fc.property(stratified, ({ pi, strata }) => {
          const plan = stratify(pi, strata);
          const n = Math.round(pi.reduce((a, b) => a + b, 0));
          const m = Math.round(plan.remainders.reduce((a, b) => a + b, 0));
          expect(Math.abs(plan.remainders.reduce((a, b) => a + b, 0) - m)).toBeLessThan(1e-9);
          expect(m + plan.strata.reduce((a, s) => a + s.floor, 0)).toBe(n);
          // split vectors: in [0, 1], sums floor + 1 and floor, mixture = pi, 0/1 kept
          for (const s of plan.strata) {
            if (s.remainder > 0) fractionalStrata++;
            const sumC = s.ceilPi.reduce((a, b) => a + b, 0);
            const sumF = s.floorPi.reduce((a, b) => a + b, 0);
            expect(Math.abs(sumC - (s.remainder > 0 ? s.floor + 1 : s.floor))).toBeLessThan(1e-9);
            expect(Math.abs(sumF - s.floor)).toBeLessThan(1e-9);
            s.members.forEach((i, k) => {
              const c = s.ceilPi[k]!;
              const f = s.floorPi[k]!;
              expect(c >= 0 && c <= 1 && f >= 0 && f <= 1).toBe(true);
              expect(Math.abs(s.remainder * c + (1 - s.remainder) * f - pi[i]!)).toBeLessThan(1e-11);
              if (pi[i] === 1) expect([c, f]).toEqual([1, 1]);
              if (pi[i] === 0) expect([c, f]).toEqual([0, 0]);
            });
          }
          // stage 1: which strata get the ceiling
          const stage1 = designOutcomes(design, Array.from(plan.remainders));
          const got = new Array<number>(pi.length).fill(0);
          let total = 0;
          for (const { p, sample } of stage1) {
            total += p;
            expect(sample.length).toBe(m);
            const up = new Set(sample);
            plan.strata.forEach((s, h) => {
              const vector = Array.from(up.has(h) ? s.ceilPi : s.floorPi);
              const stage2 = designOutcomes(design, vector);
              for (const o of stage2) expect(o.sample.length).toBe(s.floor + (up.has(h) ? 1 : 0));
              marginals(stage2, vector.length).forEach((q, k) => {
                got[s.members[k]!]! += p * q;
              });
            });
          }
          expect(Math.abs(total - 1)).toBeLessThan(1e-12);
          expect(maxDiff(got, pi)).toBeLessThan(1e-9);
        }),
        { seed: 9090 + runs + design.length, numRuns: runs },
      );
      expect(fractionalStrata).toBeGreaterThan(runs); // the split is really exercised
    });
  }
});
