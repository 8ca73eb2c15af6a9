import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { roundHorizon } from '../../../src/sampling/horizon/roundHorizon.js';

// A change to any of these outputs is a change to the draw: a new algorithm version, never a silent change.
const pi = Array.from({ length: 6 }, (_, t) =>
  Array.from({ length: 10 }, (_, i) => [0.2, 0.5, 0.3, 0.4, 0.6][(i + t) % 5]!),
);
const strata = [
  'station',
  'station',
  'traffic',
  'traffic',
  'station',
  'patrol',
  'patrol',
  'traffic',
  'station',
  'patrol',
];

describe('roundHorizon: pinned draws (no regression)', () => {
  it("createRng('noreg-horizon'), with strata", () => {
    expect(roundHorizon(pi, { rng: createRng('noreg-horizon'), strata })).toEqual([
      [1, 3, 6, 8],
      [2, 4, 6, 8],
      [3, 4, 7, 9],
      [0, 1, 2, 6],
      [0, 5, 7, 8],
      [3, 4, 5, 9],
    ]);
  });

  it("createRng('noreg-horizon'), without strata", () => {
    expect(roundHorizon(pi, { rng: createRng('noreg-horizon') })).toEqual([
      [1, 3, 4, 8],
      [2, 3, 6, 8],
      [0, 1, 2, 5],
      [0, 6, 7, 8],
      [0, 5, 7, 9],
      [1, 4, 6, 9],
    ]);
  });
});
