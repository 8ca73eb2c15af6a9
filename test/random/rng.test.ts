import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';

describe('createRng', () => {
  it('gives doubles in [0, 1) with 53 random bits', () => {
    const rng = createRng('bits');
    let lowBits = 0;
    for (let k = 0; k < 2000; k++) {
      const u = rng.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const scaled = u * 2 ** 53;
      expect(Number.isInteger(scaled)).toBe(true);
      if (scaled % 2 === 1) lowBits += 1;
    }
    // the lowest of the 53 bits is used: about half the draws are odd multiples of 2^-53
    expect(lowBits).toBeGreaterThan(800);
    expect(lowBits).toBeLessThan(1200);
  });

  it('is reproducible per seed and differs between seeds', () => {
    const a = createRng('s1');
    const b = createRng('s1');
    const c = createRng('s2');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });
});
