import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { DESIGN_VERSIONS, DESIGNS } from '../../src/sampling/Design.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { pivotal } from '../reference/pivotal.js';
import { systematic } from '../reference/systematic.js';

// Any change to these outputs changes published draws: it must come with a new algorithm version.
// Every version of every design is pinned (maxent@1 keeps its original name, "maxent"). pivotal@1 and
// systematic@1, withdrawn before the first release, are no longer drawn or pinned.
const weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 0, 60];
const types = weights.map((_, i) => ['police-station', 'cid', 'detention', 'traffic'][(i * 7) % 4]!);
const pi = inclusionProbabilities(weights, 7, { min: 0.05, max: 0.95 });

describe('no-regression: drawSample for fixed seeds', () => {
  it('inclusion probabilities of the pinned population', () => {
    expect(pi.map((p) => p.toPrecision(15))).toMatchSnapshot();
  });
  for (const design of DESIGNS) {
    for (const version of DESIGN_VERSIONS[design]) {
      const name = version === 1 ? design : `${design}@${version}`;
      it(`${name}, no strata`, () => {
        const out = [1, 2, 3].map((k) => drawSample(pi, { seed: `fairdraw-noreg-${k}`, design, version }));
        expect(out).toMatchSnapshot();
      });
      it(`${name}, strata by type`, () => {
        const out = [1, 2, 3].map((k) =>
          drawSample(pi, { seed: `fairdraw-noreg-${k}`, design, strata: types, version }),
        );
        expect(out).toMatchSnapshot();
      });
    }
  }
  it('pivotal@2 and systematic@2 straight from an Rng, and the default version is 2', () => {
    const out = [pivotal(pi, createRng('fairdraw-noreg')), systematic(pi, createRng('fairdraw-noreg'))];
    expect(out).toMatchSnapshot();
    for (const design of ['pivotal', 'systematic'] as const) {
      expect(drawSample(pi, { seed: 'fairdraw-noreg-1', design })).toEqual(
        drawSample(pi, { seed: 'fairdraw-noreg-1', design, version: 2 }),
      );
    }
  });
  it('default design is maxent', () => {
    expect(drawSample(pi, { seed: 'fairdraw-noreg-1' })).toEqual(
      drawSample(pi, { seed: 'fairdraw-noreg-1', design: 'maxent' }),
    );
  });
});
