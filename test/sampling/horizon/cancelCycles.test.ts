import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/random/createRng.js';
import { buildHorizonNetwork } from '../../../src/sampling/horizon/buildHorizonNetwork.js';
import { cancelCycles } from '../../../src/sampling/horizon/cancelCycles.js';
import { pinNearIntegral } from '../../../src/sampling/horizon/pinNearIntegral.js';
import { GRID_ONE, snapToGrid } from '../../../src/sampling/horizon/snapToGrid.js';
import { cancelCyclesFromSpec } from '../../reference/cancelCyclesFromSpec.js';
import { horizonCase } from './arbitraries.js';

/** The network `drawHorizon` builds for a horizon, after pinning (stratum labels numbered in order of first use). */
function networkOf(pi: number[][], strata: (string | number)[] | undefined, seed: string) {
  const T = pi.length;
  const N = pi[0]!.length;
  const grid = pi.map((row, t) => snapToGrid(row, Math.round(row.reduce((s, p) => s + p, 0)), `pi[${t}]`));
  const labels = new Map<string | number, number>();
  const stratum = strata
    ? Int32Array.from(strata, (h) => labels.get(h) ?? labels.set(h, labels.size).get(h)!)
    : null;
  const net = buildHorizonNetwork(grid, N, T, stratum, Math.max(1, labels.size), createRng(seed));
  pinNearIntegral(net);
  return net;
}

/** A coin that records every probability it is asked for. */
function recordingCoin(seed: string, asked: number[]) {
  const rng = createRng(seed);
  return (p: number) => {
    asked.push(p);
    return rng.next() < p;
  };
}

describe('cancelCycles: the walk of the spec', () => {
  it.each([
    ['small', { units: [1, 40], periods: [1, 12] }, 300],
    ['larger (lists reordered by many removals)', { units: [60, 160], periods: [10, 30] }, 30],
  ] as const)(
    'gives the same flows, with the same coins in the same order, as the spec written plainly: %s horizons',
    (_, sizes, numRuns) => {
      fc.assert(
        fc.property(
          horizonCase({ units: [...sizes.units], periods: [...sizes.periods], strataMax: 6 }),
          fc.string({ maxLength: 8 }),
          ({ pi, strata }, seed) => {
            const net = networkOf(pi, strata, `network ${seed}`);
            const reference = net.flow.slice();
            const askedByReference: number[] = [];
            cancelCyclesFromSpec(
              net.nodeCount,
              net.tail,
              net.head,
              reference,
              GRID_ONE,
              recordingCoin(seed, askedByReference),
            );
            const asked: number[] = [];
            cancelCycles(net, recordingCoin(seed, asked));
            expect(Array.from(net.flow)).toEqual(Array.from(reference));
            expect(asked).toEqual(askedByReference);
            for (const f of net.flow) expect(f === 0 || f === GRID_ONE).toBe(true);
          },
        ),
        { seed: 1616, numRuns },
      );
    },
  );

  it('walks nodes of more than 64 live arcs by their first arc only, as the spec does', () => {
    // 150 units of one stratum over 3 periods: every cell has about 150 live arcs, over the scan limit.
    const N = 150;
    const weights = Array.from({ length: N }, (_, i) => 1 + (i % 4));
    const total = weights.reduce((s, w) => s + w, 0);
    const pi = [40, 55, 61].map((n) => weights.map((w) => (w * n) / total));
    const net = networkOf(pi, undefined, 'wide');
    const reference = net.flow.slice();
    const a: number[] = [];
    const b: number[] = [];
    cancelCyclesFromSpec(net.nodeCount, net.tail, net.head, reference, GRID_ONE, recordingCoin('w', a));
    cancelCycles(net, recordingCoin('w', b));
    expect(Array.from(net.flow)).toEqual(Array.from(reference));
    expect(b).toEqual(a);
    expect(b.length).toBeGreaterThan(N);
  });
});
