import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRows, largest } from '../../src/report/page/pageLimits.js';
import { binValues, histogram } from '../../src/report/svg/histogram.js';

describe('binValues', () => {
  it('counts every finite value once, in equal round bins with 0 on an edge', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { maxLength: 200 }), (xs) => {
        const bins = binValues(() => [...xs, Number.NaN, Number.POSITIVE_INFINITY]);
        if (xs.length === 0) {
          expect(bins).toEqual([]);
          return;
        }
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(xs.length);
        expect(bins.length).toBeLessThanOrEqual(41);
        const width = bins[0]!.to - bins[0]!.from;
        for (const [k, b] of bins.entries()) {
          expect(b.to - b.from).toBeCloseTo(width, 9);
          if (k > 0) expect(b.from).toBe(bins[k - 1]!.to);
          expect(Math.abs(b.from / width - Math.round(b.from / width))).toBeLessThan(1e-6);
        }
        // within the slack that absorbs float noise (0.3 / 0.1 = 2.9999...)
        const slack = width * 1e-6;
        expect(bins[0]!.from).toBeLessThanOrEqual(xs.reduce((m, x) => Math.min(m, x)) + slack);
        expect(bins.at(-1)!.to).toBeGreaterThanOrEqual(xs.reduce((m, x) => Math.max(m, x)) - slack);
      }),
    );
  });

  it('puts a value on an edge in the bin it starts, and the largest value in the last bin', () => {
    expect(binValues(() => [0, 0.3, 1], 10)).toEqual(
      Array.from({ length: 10 }, (_, k) => ({
        from: Number((k / 10).toFixed(2)),
        to: Number(((k + 1) / 10).toFixed(2)),
        count: k === 0 || k === 3 || k === 9 ? 1 : 0,
      })),
    );
    // whole numbers: every bin [a, b) holds a to b - 1, the largest value too
    expect(binValues(() => [3, 4, 5], 40, true)).toEqual([
      { from: 3, to: 4, count: 1 },
      { from: 4, to: 5, count: 1 },
      { from: 5, to: 6, count: 1 },
    ]);
    expect(binValues(() => [0.01, 0.01])).toEqual([{ from: 0.01, to: 0.011, count: 2 }]);
  });

  it('draws a bar per bin, whatever the number of values behind them', () => {
    const svg = histogram({
      id: 'h',
      title: 'T',
      description: 'D',
      bins: binValues(() => Array.from({ length: 100_000 }, (_, i) => (i % 1000) / 1000)),
      edge: String,
      tooltip: (b) => `${b.count}`,
      axis: 'x',
      mark: 0,
    }).html;
    expect(svg.split('data-testid="h-bar"').length - 1).toBe(20);
    expect(svg).toContain('class="mean"');
    expect(svg.length).toBeLessThan(10_000);
  });
});

describe('largest and firstRows', () => {
  it('gives the k largest, largest first, ties in order, among the items kept', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: 0, max: 8 }), (xs, k) => {
        const items = xs.map((x, i) => ({ x, i }));
        const expected = items
          .filter((a) => a.x !== 0)
          .sort((a, b) => b.x - a.x || a.i - b.i)
          .slice(0, k);
        expect(
          largest(
            items,
            k,
            (a) => a.x,
            (a) => a.x !== 0,
          ),
        ).toEqual(expected);
      }),
    );
  });

  it('cuts a list at the limit and counts the rest', () => {
    expect(firstRows([1, 2, 3], 3)).toEqual({ rows: [1, 2, 3], more: 0 });
    expect(firstRows([1, 2, 3, 4], 3)).toEqual({ rows: [1, 2, 3], more: 1 });
  });
});
