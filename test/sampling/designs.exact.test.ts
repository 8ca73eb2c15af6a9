import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jointInclusionProbabilities } from '../../src/sampling/jointInclusionProbabilities.js';
import { pivotalJoint } from '../../src/sampling/pivotalJoint.js';
import { systematicJoint } from '../../src/sampling/systematicJoint.js';
import { randomOrder } from '../reference/randomOrder.js';
import {
  joints,
  marginals,
  maxDiff,
  type Outcomes,
  pivotalOutcomes,
  randomisedOutcomes,
  systematicOutcomes,
  version2Orders,
} from './exact.js';
import { piVector } from './populations.js';

/** Every outcome has exactly n distinct sorted units, the units at 1 and none at 0; probabilities sum to 1. */
function checkOutcomes(pi: readonly number[], outcomes: Outcomes): void {
  const n = Math.round(pi.reduce((a, b) => a + b, 0));
  let total = 0;
  const bad: string[] = [];
  for (const { p, sample } of outcomes) {
    total += p;
    if (sample.length !== n) bad.push(`size ${sample.length} != ${n}`);
    for (let k = 1; k < sample.length; k++)
      if (!(sample[k]! > sample[k - 1]!)) bad.push(`not sorted ${sample}`);
    const inSample = new Set(sample);
    pi.forEach((x, i) => {
      if (x === 1 && !inSample.has(i)) bad.push(`unit ${i} at pi = 1 missing`);
      if (x === 0 && inSample.has(i)) bad.push(`unit ${i} at pi = 0 drawn`);
    });
  }
  expect(bad).toEqual([]);
  expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  expect(maxDiff(marginals(outcomes, pi.length), pi)).toBeLessThan(1e-9);
}

function shuffledOrder(N: number) {
  return fc.shuffledSubarray(
    Array.from({ length: N }, (_, i) => i),
    { minLength: N, maxLength: N },
  );
}

const orderAndPi = piVector(2, 10).chain((pi) => fc.tuple(fc.constant(pi), shuffledOrder(pi.length)));

describe('systematic, every interval of the start u', () => {
  it('fixed order: exact marginals, size, pi = 0/1, and joint = systematicJoint (400 populations, N <= 10)', () => {
    fc.assert(
      fc.property(orderAndPi, ([pi, order]) => {
        const outcomes = systematicOutcomes(pi, order);
        checkOutcomes(pi, outcomes);
        expect(
          maxDiff(
            joints(outcomes, pi.length),
            systematicJoint(pi, order).map((r) => Array.from(r)),
          ),
        ).toBeLessThan(1e-9);
      }),
      { seed: 20260101, numRuns: 400 },
    );
  });

  it('random order: all orders of the fractional units (N <= 6) give the exact design and its joints', () => {
    fc.assert(
      fc.property(piVector(2, 6), (pi) => {
        const outcomes = randomisedOutcomes(systematicOutcomes, pi);
        checkOutcomes(pi, outcomes);
        expect(
          maxDiff(joints(outcomes, pi.length), jointInclusionProbabilities(pi, 'systematic')),
        ).toBeLessThan(1e-9);
      }),
      { seed: 20260102, numRuns: 80 },
    );
  });
});

describe('pivotal, the whole tree of splits', () => {
  it('fixed order: exact marginals, size, pi = 0/1, and joint = pivotalJoint (400 populations, N <= 10)', () => {
    fc.assert(
      fc.property(orderAndPi, ([pi, order]) => {
        const outcomes = pivotalOutcomes(pi, order);
        checkOutcomes(pi, outcomes);
        const J = pivotalJoint(pi, order).map((r) => Array.from(r));
        expect(maxDiff(joints(outcomes, pi.length), J)).toBeLessThan(1e-9);
        expect(
          maxDiff(
            J,
            J.map((_, i) => J.map((row) => row[i]!)),
          ),
        ).toBe(0);
      }),
      { seed: 20260103, numRuns: 400 },
    );
  });

  it('random order: all orders (N <= 6) give the exact design and its joints', () => {
    fc.assert(
      fc.property(piVector(2, 6), (pi) => {
        const outcomes = randomisedOutcomes(pivotalOutcomes, pi);
        checkOutcomes(pi, outcomes);
        expect(maxDiff(joints(outcomes, pi.length), jointInclusionProbabilities(pi, 'pivotal'))).toBeLessThan(
          1e-9,
        );
      }),
      { seed: 20260104, numRuns: 80 },
    );
  });

  it('ordered pivotal on (0.5, 0.5, 0.5, 0.5) in index order: 4 samples of probability 1/4 (hand check)', () => {
    const outcomes = pivotalOutcomes([0.5, 0.5, 0.5, 0.5], [0, 1, 2, 3]);
    const bySample = new Map<string, number>();
    for (const o of outcomes) bySample.set(o.sample.join(','), (bySample.get(o.sample.join(',')) ?? 0) + o.p);
    expect(Object.fromEntries(bySample)).toEqual({ '0,2': 0.25, '0,3': 0.25, '1,2': 0.25, '1,3': 0.25 });
  });
});

describe('jointInclusionProbabilities', () => {
  it('systematic with a fixed order on (0.5, 0.5, 0.5, 0.5): units 0 and 2 always together, never with 1 or 3', () => {
    const J = jointInclusionProbabilities([0.5, 0.5, 0.5, 0.5], 'systematic', { order: [0, 1, 2, 3] });
    expect(J).toEqual([
      [0.5, 0, 0.5, 0],
      [0, 0.5, 0, 0.5],
      [0.5, 0, 0.5, 0],
      [0, 0.5, 0, 0.5],
    ]);
  });

  it('randomised designs beyond 8 fractional units are unsupported, with the reason', () => {
    const pi = new Array(10).fill(0.5);
    for (const design of ['pivotal', 'systematic'] as const) {
      expect(() => jointInclusionProbabilities(pi, design)).toThrow(/no known closed form/);
      expect(() => jointInclusionProbabilities(pi, design)).toThrow(
        expect.objectContaining({ code: 'unsupported', path: 'design' }),
      );
      const order = Array.from({ length: 10 }, (_, i) => 9 - i);
      const J = jointInclusionProbabilities(pi, design, { order });
      expect(J.length).toBe(10);
      for (const row of J) expect(Math.abs(row.reduce((a, b) => a + b, 0) - 5 * 0.5)).toBeLessThan(1e-12);
    }
  });

  it('validates its arguments and names the field', () => {
    const pi = [0.5, 0.5, 1, 0];
    const cases: [() => unknown, string, string][] = [
      [() => jointInclusionProbabilities([0.5, 0.4], 'maxent'), 'pi', 'invalid-input'],
      [() => jointInclusionProbabilities(pi, 'cube' as never), 'design', 'invalid-input'],
      [
        () => jointInclusionProbabilities(pi, 'maxent', { order: [0, 1, 2, 3] }),
        'options.order',
        'invalid-input',
      ],
      [
        () => jointInclusionProbabilities(pi, 'pivotal', { order: [0, 1, 2] }),
        'options.order',
        'invalid-input',
      ],
      [
        () => jointInclusionProbabilities(pi, 'pivotal', { order: [0, 1, 1, 3] }),
        'options.order[2]',
        'invalid-input',
      ],
      [
        () => jointInclusionProbabilities(pi, 'systematic', { order: [0, 1, 2, 4] }),
        'options.order[3]',
        'invalid-input',
      ],
      [
        () => jointInclusionProbabilities(pi, 'systematic', { order: [0, 1.5, 2, 3] }),
        'options.order[1]',
        'invalid-input',
      ],
      [
        () =>
          jointInclusionProbabilities(new Array(502).fill(0.5), 'pivotal', {
            order: Array.from({ length: 502 }, (_, i) => i),
          }),
        'pi',
        'unsupported',
      ],
    ];
    for (const [run, path, code] of cases) {
      expect(run).toThrow(expect.objectContaining({ path, code }));
    }
  });

  it('rows sum to n pi_k for every design (sum over l of pi_kl = n pi_k, fixed size)', () => {
    fc.assert(
      fc.property(piVector(2, 8), (pi) => {
        const n = Math.round(pi.reduce((a, b) => a + b, 0));
        for (const design of ['maxent', 'pivotal', 'systematic'] as const) {
          const J = jointInclusionProbabilities(pi, design);
          J.forEach((row, k) => {
            expect(Math.abs(row.reduce((a, b) => a + b, 0) - n * pi[k]!)).toBeLessThan(1e-9);
          });
        }
      }),
      { seed: 20260105, numRuns: 40 },
    );
  });
});

describe('version 2 (32-bit words): every order its shuffle can give, then every split or interval', () => {
  for (const design of ['pivotal', 'systematic'] as const) {
    it(`${design}@2: the orders of randomOrder(pi, rng, 2), all M! of them with probability 1/M!, give the exact design and its joints (N <= 6)`, () => {
      fc.assert(
        fc.property(piVector(2, 6), (pi) => {
          const orders = version2Orders(pi, randomOrder);
          const M = pi.filter((x) => x > 0 && x < 1).length;
          let factorial = 1;
          for (let k = 2; k <= M; k++) factorial *= k;
          expect(orders.length).toBe(factorial);
          expect(new Set(orders.map((o) => o.order.join(','))).size).toBe(factorial);
          const ordered = design === 'pivotal' ? pivotalOutcomes : systematicOutcomes;
          const outcomes = orders.flatMap(({ p, order }) =>
            ordered(pi, order).map((o) => ({ p: o.p * p, sample: o.sample })),
          );
          checkOutcomes(pi, outcomes);
          expect(maxDiff(joints(outcomes, pi.length), jointInclusionProbabilities(pi, design))).toBeLessThan(
            1e-9,
          );
        }),
        { seed: 20261123, numRuns: 60 },
      );
    });
  }
});
