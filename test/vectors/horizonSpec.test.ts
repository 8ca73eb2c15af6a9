import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { drawHorizon } from '../../src/sampling/horizon/roundHorizon.js';
import { type HorizonReadings, type SpecRng, specHorizon } from './specHorizon.js';

/** horizon.json, as published. */
const file = JSON.parse(readFileSync(new URL('./draw/horizon.json', import.meta.url), 'utf8'));

/** An Rng from the case's seed that counts its calls of next(). */
function counted(seed: string): { rng: SpecRng; calls: () => number } {
  const inner = createRng(seed);
  let calls = 0;
  return {
    rng: {
      next: () => {
        calls++;
        return inner.next();
      },
    },
    calls: () => calls,
  };
}

/** What docs/spec/horizon.md gives for case `c` under `readings`, as the vector states it. */
function run(c: any, readings: HorizonReadings = {}) {
  const { rng, calls } = counted(c.seed);
  const out = specHorizon(c.pi, c.strata ? { rng, strata: c.strata } : { rng }, readings);
  return { selected: out.selected, probabilitiesGrid: out.grid, calls: calls() };
}

const published = (c: any) => ({
  selected: c.selected,
  probabilitiesGrid: c.probabilitiesGrid,
  calls: c.calls,
});

/** Whether `readings` reproduce case `c` in full (selection, delivered grid, random numbers). */
function passes(c: any, readings: HorizonReadings): boolean {
  try {
    return JSON.stringify(run(c, readings)) === JSON.stringify(published(c));
  } catch {
    return false;
  }
}

describe('horizon.json against the text of docs/spec/horizon.md', () => {
  it('the text, implemented alone (test/vectors/specHorizon.ts), reproduces every case', () => {
    expect(file.cases.length).toBe(6);
    for (const c of file.cases) expect(run(c), c.name).toEqual(published(c));
  });

  it('step 5: a walk whose first path starts along the scanned arc passes cases 1-4 but not case 5', () => {
    const firstArc: HorizonReadings = { start: 'first-arc' };
    expect(file.cases.slice(0, 4).map((c: any) => passes(c, firstArc))).toEqual([true, true, true, true]);
    const c = file.cases[4];
    expect(c.name).toMatch(/walk starts at the tail node/);
    expect(passes(c, firstArc)).toBe(false);
    // The selection itself differs, not only a count.
    expect(run(c, firstArc).selected).not.toEqual(c.selected);
  });

  it('step 4: a depth-first or breadth-first search alone (no short cycles first) fails the vectors', () => {
    const tenths = file.cases[3];
    expect(tenths.name).toMatch(/pinned/);
    expect(passes(tenths, { pin: 'depth-first' })).toBe(false);
    expect(passes(tenths, { pin: 'breadth-first' })).toBe(false);
    // Case 5 is pinned by the depth-first search itself (no short cycle exists there): a breadth-first
    // search delivers other probabilities.
    expect(passes(file.cases[4], { pin: 'depth-first' })).toBe(true);
    expect(passes(file.cases[4], { pin: 'breadth-first' })).toBe(false);
  });

  it('step 2: halves round up and the remainder goes in ceil shares, round after round (case 6)', () => {
    const c = file.cases[5];
    expect(c.name).toMatch(/halves round up/);
    expect(passes(c, { ties: 'even' })).toBe(false);
    expect(passes(c, { spread: 'floor-then-rest' })).toBe(false);
    // The rows are inside the 1e-9 tolerance, and an input of 2^-44 ends at a fixed 0.
    expect(c.pi[1][1]).toBe(2 ** -44);
    expect(c.probabilitiesGrid[1][1]).toBe(0);
    // Cases 1-5 do not tell the tie or spread rules apart.
    for (const r of [{ ties: 'even' }, { spread: 'floor-then-rest' }] as const) {
      expect(file.cases.slice(0, 5).every((x: any) => passes(x, r))).toBe(true);
    }
  });

  it('the text and the code agree on 2000 seeded random horizons (near-integral totals included)', () => {
    const gen = createRng('horizon spec text');
    const pick = (n: number) => Math.floor(gen.next() * n);
    const values = [0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.9, 1 / 3, 2 / 3, 1 / 6, 5 / 6, 1 / 7, 0.5, 1];
    let compared = 0;
    let searched = 0;
    for (let k = 0; compared < 2000; k++) {
      const N = 2 + pick(6);
      const T = 2 + pick(9);
      const pi: number[][] = [];
      for (let t = 0; t < T; t++) {
        for (let tries = 0; tries < 100 && pi.length === t; tries++) {
          const row = Array.from({ length: N }, () => values[pick(values.length)]!);
          const sum = row.reduce((a, b) => a + b, 0);
          if (Math.abs(sum - Math.round(sum)) <= 1e-9 * Math.max(1, Math.round(sum))) pi.push(row);
        }
      }
      if (pi.length < T) continue;
      const strata = gen.next() < 0.5 ? Array.from({ length: N }, () => ['a', 'b'][pick(2)]!) : undefined;
      const seed = `horizon spec ${k}`;
      const code = drawHorizon(pi, strata ? { rng: createRng(seed), strata } : { rng: createRng(seed) });
      const text = specHorizon(pi, { rng: createRng(seed), strata });
      expect(text.selected, seed).toEqual(code.selected);
      expect(text.grid, seed).toEqual(code.probabilities.map((row) => Array.from(row, (x) => x * 2 ** 48)));
      // Some of these need pinning that a breadth-first search does otherwise: the comparison reaches step 4.
      const bfs = specHorizon(pi, { rng: createRng(seed), strata }, { pin: 'breadth-first' });
      if (JSON.stringify(bfs.grid) !== JSON.stringify(text.grid)) searched++;
      compared++;
    }
    expect(searched).toBeGreaterThan(0);
  });
});
