import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { ReportDay } from '../../src/report/FairnessReportTypes.js';
import { fixed, percent, percentRange, signed } from '../../src/report/formatNumber.js';
import { HEAT_COLOURS, heatLevel, heatMap } from '../../src/report/svg/heatMap.js';
import { niceTicks } from '../../src/report/svg/svgChart.js';

function days(start: string, n: number, count: (k: number) => number): ReportDay[] {
  const first = DateTime.fromISO(start, { zone: 'utc' });
  return Array.from({ length: n }, (_, k) => {
    const d = first.plus({ days: k });
    return { date: d.toISODate()!, weekday: d.weekday, routine: count(k), other: 0 };
  });
}

describe('heat map', () => {
  it('draws one cell per day, in its weekday row, wrapping long horizons every 53 weeks', () => {
    const two = days('2026-01-01', 731, (k) => k % 4);
    const svg = heatMap(two).html;
    const cells = [
      ...svg.matchAll(
        /<rect data-testid="heat-cell" data-date="([\d-]+)" data-count="(\d+)" x="(\d+)" y="(\d+)"/g,
      ),
    ];
    expect(cells).toHaveLength(731);
    expect(cells.map((c) => c[1])).toEqual(two.map((d) => d.date));
    const rowOf = new Map<number, Set<number>>();
    for (const [k, c] of cells.entries()) {
      const y = Number(c[4]);
      if (!rowOf.has(two[k]!.weekday)) rowOf.set(two[k]!.weekday, new Set());
      rowOf.get(two[k]!.weekday)!.add(y);
    }
    // two blocks of rows (2026-01-01 is a Thursday: weeks 0..52 and 53..105), 7 weekdays each
    expect([...rowOf.values()].every((ys) => ys.size === 2)).toBe(true);
    expect(new Set(cells.map((c) => c[3])).size).toBe(53);
    expect(svg).toContain('>2026</text>');
    expect(svg).toContain('>2027</text>');
    expect(svg).toContain('>Jan 2027</text>');
  });

  it('puts every count in one colour class, 0 alone in the lightest, the busiest in the darkest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (max, c) => {
        const count = Math.min(c, max);
        const level = heatLevel(count, max);
        expect(level === 0).toBe(count === 0);
        expect(level).toBeLessThan(HEAT_COLOURS.length);
        expect(heatLevel(max, max)).toBe(HEAT_COLOURS.length - 1);
        if (count > 0) expect(heatLevel(count - 1, max)).toBeLessThanOrEqual(level);
      }),
      { seed: 6, numRuns: 500 },
    );
  });
});

describe('niceTicks', () => {
  it('starts at 0, reaches the maximum in whole steps of 1, 2 or 5 times a power of ten', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max - 1e-9);
        expect(ticks.length - 1).toBeLessThanOrEqual(5);
        expect(Number.isInteger(step)).toBe(true);
        expect(step / 10 ** Math.floor(Math.log10(step))).toBeOneOf([1, 2, 5]);
        ticks.forEach((t, k) => {
          expect(t).toBe(k * step);
        });
      }),
      { seed: 7, numRuns: 1000 },
    );
    expect(niceTicks(148.36)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('number formats', () => {
  it('round, sign and show percentages without a negative zero', () => {
    expect([fixed(-0.001), fixed(2.005, 1), fixed(-1.5)]).toEqual(['0.00', '2.0', '-1.50']);
    expect([signed(0.5), signed(-0.604), signed(-0.001), signed(0)]).toEqual([
      '+0.50',
      '\u22120.60',
      '0.00',
      '0.00',
    ]);
    expect([percent(0.263736), percentRange(0.127, 0.2637), percentRange(0.05, 0.05)]).toEqual([
      '26.4%',
      '12.7\u201326.4%',
      '5.0%',
    ]);
  });
});
