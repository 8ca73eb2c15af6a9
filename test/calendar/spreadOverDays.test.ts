import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadOverDays } from '../../src/calendar/spreadOverDays.js';
import { createRng } from '../../src/random/createRng.js';
import type { Rng } from '../../src/random/Rng.js';

/** The date spreading reads doubles only. */
const noWords = (): number => {
  throw new Error('no 32-bit word expected');
};

const DAYS = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-09',
];

function counts(out: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of out) m.set(d, (m.get(d) ?? 0) + 1);
  return m;
}

/**
 * Every outcome of `spreadOverDays(count, days)` with its exact probability. spreadOverDays takes
 * its random choices only as `uniformInt(rng, m) = floor(next() * m)`, so an Rng that answers
 * `(k + 1/2) / m` makes the choice `k`; walking every k at every step walks every branch, each with
 * probability 1 / prod(m).
 */
function enumerate(count: number, days: readonly string[]): { out: string[]; p: number }[] {
  const results: { out: string[]; p: number }[] = [];
  const d = days.length;
  const r = count % d;
  const radices = Array.from({ length: r }, (_, i) => d - i);
  const total = radices.reduce((a, b) => a * b, 1);
  for (let code = 0; code < total; code++) {
    const digits: number[] = [];
    let c = code;
    for (const m of radices) {
      digits.push(c % m);
      c = Math.floor(c / m);
    }
    let step = 0;
    const rng: Rng = { next: () => (digits[step]! + 0.5) / radices[step++]!, nextUint32: noWords };
    const out = spreadOverDays(count, days, rng);
    expect(step).toBe(r);
    results.push({ out, p: 1 / total });
  }
  return results;
}

describe('spreadOverDays', () => {
  it('gives every day the floor or ceiling of count/days, keeps the order of days, uses all of count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: DAYS.length }),
        fc.string(),
        (count, d, seed) => {
          const days = DAYS.slice(0, d);
          const out = spreadOverDays(count, days, createRng(seed));
          expect(out).toHaveLength(count);
          expect([...out].sort()).toEqual(out);
          const c = counts(out);
          const lo = Math.floor(count / d);
          for (const day of days) {
            const k = c.get(day) ?? 0;
            expect(k === lo || k === lo + 1).toBe(true);
          }
          expect([...c.keys()].every((day) => days.includes(day))).toBe(true);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('exact enumeration: the extra visits go to every r-subset of days with probability 1/C(d, r)', () => {
    for (let d = 1; d <= 6; d++) {
      for (let count = 0; count <= 2 * d + 1; count++) {
        const days = DAYS.slice(0, d);
        const r = count % d;
        const dist = new Map<string, number>();
        const perDay = new Map<string, number>();
        for (const { out, p } of enumerate(count, days)) {
          const key = out.join(',');
          dist.set(key, (dist.get(key) ?? 0) + p);
          for (const [day, k] of counts(out)) perDay.set(day, (perDay.get(day) ?? 0) + k * p);
        }
        let choose = 1;
        for (let i = 0; i < r; i++) choose = (choose * (d - i)) / (i + 1);
        expect(dist.size).toBe(count === 0 ? 1 : choose);
        for (const p of dist.values()) expect(Math.abs(p - 1 / choose)).toBeLessThan(1e-9);
        for (const day of days) {
          if (count > 0) expect(Math.abs(perDay.get(day)! - count / d)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('uses no random number when the count divides evenly, and none for zero visits', () => {
    const rng: Rng = {
      next: () => {
        throw new Error('no draw expected');
      },
      nextUint32: noWords,
    };
    expect(spreadOverDays(0, [], rng)).toEqual([]);
    expect(spreadOverDays(6, DAYS.slice(0, 3), rng)).toEqual([
      '2026-03-02',
      '2026-03-02',
      '2026-03-03',
      '2026-03-03',
      '2026-03-04',
      '2026-03-04',
    ]);
  });

  it('rejects bad counts and a count with no day, naming the argument', () => {
    const rng = createRng('x');
    expect(() => spreadOverDays(-1, DAYS, rng)).toThrow('count: must be a whole number >= 0, got -1');
    expect(() => spreadOverDays(1.5, DAYS, rng)).toThrow('count: must be a whole number >= 0, got 1.5');
    expect(() => spreadOverDays(3, [], rng)).toThrow('days: 3 visits but no working day to put them on');
    try {
      spreadOverDays(3, [], rng);
    } catch (e) {
      expect(e).toMatchObject({ name: 'FairdrawError', code: 'infeasible', path: 'days' });
    }
  });
});
