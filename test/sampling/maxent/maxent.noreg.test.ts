import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { maxentSample } from '../../../src/sampling/maxent/maxentSample.js';
import { maxentWorkingProbabilities } from '../../reference/maxentWorkingProbabilities.js';

/**
 * No-regression: a fixed pi and seed give fixed draws and working probabilities. A failure here
 * means the draw changed: that is a new algorithm version, never a silent change.
 */
const round12 = (v: number): number => Math.round(v * 1e12) / 1e12;

describe('maxent no-regression', () => {
  it('pins the draws and working probabilities of a small population', () => {
    // weights 1..10, n = 4, plus one unit at pi = 1 and one at pi = 0
    const pi = [...Array.from({ length: 10 }, (_, i) => (3 * (i + 1)) / 55), 1, 0];
    const rng = createRng('noreg-maxent');
    const draws = Array.from({ length: 8 }, () => maxentSample(pi, rng));
    const p = Array.from(maxentWorkingProbabilities(pi), round12);
    expect({ draws, p }).toMatchSnapshot();
  });

  it('pins a draw from a larger population (N = 500, n = 25)', () => {
    const weights = Array.from({ length: 500 }, (_, i) => 1 + ((i * 37) % 11) + (i % 7 === 0 ? 30 : 0));
    const total = weights.reduce((a, b) => a + b, 0);
    const pi = weights.map((w) => (25 * w) / total);
    const rng = createRng('noreg-maxent');
    const sample = maxentSample(pi, rng);
    const p = Array.from(maxentWorkingProbabilities(pi).subarray(0, 20), round12);
    expect({ sample, p, next: rng.next() }).toMatchSnapshot();
  });
});
