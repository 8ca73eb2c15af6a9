import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { DESIGNS } from '../../src/sampling/Design.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { pivotal } from '../../src/sampling/pivotal.js';
import { systematic } from '../../src/sampling/systematic.js';

// Any change to these outputs changes published draws: it must come with a new algorithm version.
const weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 0, 60];
const types = weights.map((_, i) => ['police-station', 'cid', 'detention', 'traffic'][(i * 7) % 4]!);
const pi = inclusionProbabilities(weights, 7, { min: 0.05, max: 0.95 });

describe('no-regression: drawSample for fixed seeds', () => {
  it('inclusion probabilities of the pinned population', () => {
    expect(pi.map((p) => p.toPrecision(15))).toMatchSnapshot();
  });
  for (const design of DESIGNS) {
    it(`${design}, no strata`, () => {
      const out = [1, 2, 3].map((k) => drawSample(pi, { seed: `fairdraw-noreg-${k}`, design }));
      expect(out).toMatchSnapshot();
    });
    it(`${design}, strata by type`, () => {
      const out = [1, 2, 3].map((k) =>
        drawSample(pi, { seed: `fairdraw-noreg-${k}`, design, strata: types }),
      );
      expect(out).toMatchSnapshot();
    });
  }
  it('pivotal and systematic straight from an Rng', () => {
    expect([
      pivotal(pi, createRng('fairdraw-noreg')),
      systematic(pi, createRng('fairdraw-noreg')),
    ]).toMatchSnapshot();
  });
  it('default design is maxent', () => {
    expect(drawSample(pi, { seed: 'fairdraw-noreg-1' })).toEqual(
      drawSample(pi, { seed: 'fairdraw-noreg-1', design: 'maxent' }),
    );
  });
});
