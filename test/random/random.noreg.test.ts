import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { shuffle } from '../../src/random/shuffle.js';

describe('random (no regression)', () => {
  it('pins the first doubles of the generator for a seed', () => {
    const rng = createRng('noreg-random');
    expect(Array.from({ length: 6 }, () => rng.next())).toMatchSnapshot();
  });

  it('pins the sub-seeds of a schedule', () => {
    expect([
      deriveSeed('county-2026', 'routine', 'horizon'),
      deriveSeed('county-2026', 'dates', 3),
      deriveSeed('county-2026', 'inspectors'),
    ]).toMatchSnapshot();
  });

  it('pins a shuffle', () => {
    expect(Array.from(shuffle(createRng('noreg-shuffle'), 12))).toMatchSnapshot();
  });
});
