import { describe, expect, it } from 'vitest';
import { scaleCases, scaleInput } from '../../bench/scaleCases.js';
import { reportTables } from '../../src/cli/tables.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { EXTREME_ROWS, PAGE_ROWS } from '../../src/report/page/pageLimits.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { plan } from '../../src/schedule/plan.js';
import type { Lang } from '../../src/text/lang.js';
import { outcomesOf } from '../outcomes/fixtures.js';
import { COUNTY_END, countySchedule } from './county.js';
import { englishRuns } from './countyZh.js';
import { largeReport } from './largeReport.js';

// Issue 16: the HTML report stays within 10 MB at any size. Not timed. Beyond PAGE_ROWS units (or
// inspectors) the page shows distributions and extremes; every other list stops at PAGE_ROWS rows.

const LIMIT = 10_000_000;
const bytes = (page: string) => Buffer.byteLength(page, 'utf8');
/** How many times `needle` occurs in `page`. */
const count = (page: string, needle: string) => page.split(needle).length - 1;
/** The rows of the table `id` of `page`. */
function rows(page: string, id: string): number {
  const start = page.indexOf(`<table id="${id}"`);
  if (start < 0) return -1;
  const end = page.indexOf('</table>', start);
  return count(page.slice(start, end), '<tr>') - 1;
}

describe('the report page of a county lists every unit', () => {
  it('keeps the chart and the table of every unit and inspector', () => {
    const report = fairnessReport(countySchedule(), COUNTY_END);
    for (const lang of ['en', 'zh-CN'] as const) {
      const page = reportHtml(report, { lang });
      expect(rows(page, 'table-units')).toBe(40);
      expect(count(page, 'data-testid="unit-row"')).toBe(40);
      expect(rows(page, 'table-inspectors')).toBe(25);
      expect(page).not.toContain('data-testid="units-overview"');
      expect(page).not.toContain('data-testid="more"');
      expect(bytes(page)).toBeLessThan(300_000);
    }
  });

  it(`switches to the overview above ${PAGE_ROWS} units or inspectors, not at it`, () => {
    const at = reportHtml(
      largeReport({ units: PAGE_ROWS, periods: 5, period: 'week', inspectors: PAGE_ROWS, types: 3 }),
    );
    expect(rows(at, 'table-units')).toBe(PAGE_ROWS);
    expect(rows(at, 'table-inspectors')).toBe(PAGE_ROWS);
    const over = reportHtml(
      largeReport({ units: PAGE_ROWS + 1, periods: 5, period: 'week', inspectors: PAGE_ROWS + 1, types: 3 }),
    );
    expect(over).not.toContain('id="table-units"');
    expect(over).not.toContain('id="chart-units"');
    expect(over).not.toContain('id="table-inspectors"');
    expect(over).toContain('data-testid="units-overview"');
    expect(over).toContain('data-testid="inspectors-overview"');
  });
});

describe('the overview of a large report in Chinese', () => {
  it('has no English sentence left', () => {
    const report = largeReport({
      units: 2000,
      periods: 52,
      period: 'week',
      inspectors: 400,
      types: 5,
      capped: 9,
      outside: 13,
      names: true,
    });
    const page = reportHtml(report, { lang: 'zh-CN' });
    const visible = page
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]*>/g, ' ')
      .replaceAll('&amp;', '&');
    const data = [
      ...report.units.flatMap((u) => [u.id, u.name ?? '']),
      ...report.inspectors.flatMap((x) => [x.id, x.name ?? '']),
      ...report.types.map((t) => t.type),
      ...Object.values(report.manifest),
    ];
    expect(page).toContain('data-testid="units-overview"');
    expect(page).toContain('data-testid="inspectors-overview"');
    expect(englishRuns(visible, data)).toEqual([]);
    expect(englishRuns(reportHtml(report).replace(/<[^>]*>/g, ' '), data).length).toBeGreaterThan(20);
  });
});

describe('the report page stays within 10 MB at any size', () => {
  it('case A: a million units, one period, no inspector', () => {
    const report = largeReport({ units: 1_000_000, periods: 1, period: 'week', inspectors: 0, types: 20 });
    const page = reportHtml(report);
    expect(bytes(page)).toBeLessThan(LIMIT);
    expect(page).toContain('data-testid="units-overview"');
    // every unit is counted in the histogram of deviations
    const bars = [...page.matchAll(/data-testid="chart-deviations-bar"[^>]*data-count="(\d+)"/g)];
    expect(bars.reduce((s, m) => s + Number(m[1]), 0)).toBe(1_000_000);
    expect(rows(page, 'table-types')).toBe(20);
  }, 120_000);

  it('case B: 1e5 units, 52 weeks, 1,000 inspectors, in both languages', () => {
    const report = largeReport({ units: 100_000, periods: 52, period: 'week', inspectors: 1000, types: 20 });
    for (const lang of ['en', 'zh-CN'] as Lang[]) {
      const page = reportHtml(report, { lang });
      expect(bytes(page)).toBeLessThan(LIMIT);
      expect(page).toContain('data-testid="inspectors-overview"');
      expect(rows(page, 'table-inspectors-busiest')).toBe(EXTREME_ROWS);
      expect(rows(page, 'table-inspectors-quietest')).toBe(EXTREME_ROWS);
      const loads = [...page.matchAll(/data-testid="chart-loads-bar"[^>]*data-count="(\d+)"/g)];
      expect(loads.reduce((s, m) => s + Number(m[1]), 0)).toBe(1000);
      // the probabilities of every unit and period with a positive one
      const pairs = report.units.reduce((s, u) => s + u.probabilities.filter((p) => p > 0).length, 0);
      const cells = [...page.matchAll(/data-testid="chart-probabilities-bar"[^>]*data-count="(\d+)"/g)];
      expect(cells.reduce((s, m) => s + Number(m[1]), 0)).toBe(pairs);
    }
  }, 120_000);

  it('1e4 units daily for a year, with names and long lists of every kind', () => {
    const report = largeReport({
      units: 10_000,
      periods: 250,
      period: 'day',
      inspectors: 1000,
      types: 20,
      capped: 7,
      outside: 11,
      lists: 5000,
      names: true,
    });
    for (const lang of ['en', 'zh-CN'] as Lang[]) {
      const page = reportHtml(report, { lang });
      expect(bytes(page)).toBeLessThan(LIMIT);
      expect(rows(page, 'table-units-capped')).toBe(PAGE_ROWS);
      expect(rows(page, 'table-units-outside')).toBe(PAGE_ROWS);
      for (const id of ['table-directed', 'table-findings', 'table-conflicts'])
        expect(rows(page, id)).toBe(PAGE_ROWS);
      expect(count(page, 'data-testid="note"')).toBe(PAGE_ROWS);
      // capped, outside, directed, findings, conflicts, notes: each says how many it leaves out
      expect(count(page, 'data-testid="more"')).toBe(6);
      // a sparkline has at most one point per pixel of its width, whatever the periods
      for (const m of page.matchAll(/<polyline points="([^"]*)"/g))
        expect(m[1]!.split(' ').length).toBeLessThanOrEqual(118);
    }
  }, 120_000);

  it('the largest page below the thresholds: 300 units and inspectors, ten years of working days', () => {
    const report = largeReport({
      units: PAGE_ROWS,
      periods: 2600,
      period: 'day',
      inspectors: PAGE_ROWS,
      types: 20,
      capped: 3,
      outside: 5,
      lists: PAGE_ROWS,
      names: true,
    });
    for (const lang of ['en', 'zh-CN'] as Lang[]) {
      const page = reportHtml(report, { lang });
      expect(bytes(page)).toBeLessThan(LIMIT);
      expect(rows(page, 'table-units')).toBe(PAGE_ROWS);
      expect(rows(page, 'table-periods')).toBe(2600);
      expect(page).not.toContain('data-testid="more"');
    }
  }, 120_000);

  it('shows the units furthest above and below their expectation, in order', () => {
    const report = largeReport({
      units: 5000,
      periods: 10,
      period: 'week',
      inspectors: 0,
      types: 4,
      outside: 13,
    });
    const page = reportHtml(report);
    const ids = (id: string) => {
      const start = page.indexOf(`<table id="${id}"`);
      const body = page.slice(start, page.indexOf('</table>', start));
      return [...body.matchAll(/<tr><td class="nowrap">([^<]+)/g)].map((m) => m[1]);
    };
    const byDeviation = report.units.map((u, i) => ({ u, i }));
    const above = [...byDeviation]
      .filter(({ u }) => u.deviation > 1e-9)
      .sort((a, b) => b.u.deviation - a.u.deviation || a.i - b.i)
      .slice(0, EXTREME_ROWS)
      .map(({ u }) => u.id);
    const below = [...byDeviation]
      .filter(({ u }) => u.deviation < -1e-9)
      .sort((a, b) => a.u.deviation - b.u.deviation || a.i - b.i)
      .slice(0, EXTREME_ROWS)
      .map(({ u }) => u.id);
    expect(ids('table-units-above')).toEqual(above);
    expect(ids('table-units-below')).toEqual(below);
    const outside = report.units.filter((u) => !u.withinPromise).length;
    expect(outside).toBeGreaterThan(PAGE_ROWS);
    expect(rows(page, 'table-units-outside')).toBe(PAGE_ROWS);
    expect(page).toContain(`${outside - PAGE_ROWS} more not listed here: see the full table.`);
  });

  it('a planned schedule: 1e4 units weekly, 1,000 inspectors, with outcomes; the CSV tables list every unit', () => {
    const c = { ...scaleCases(true).B, inspectors: 1000 };
    const schedule = plan(scaleInput(c));
    const outcomes = outcomesOf(schedule, c.end, (_v, k) => (k % 5 === 0 ? 'problems' : 'compliant'));
    const report = fairnessReport(schedule, { asOf: c.end, outcomes });
    const page = reportHtml(report);
    expect(bytes(page)).toBeLessThan(LIMIT);
    expect(page).toContain('data-testid="units-overview"');
    expect(page).toContain('data-testid="inspectors-overview"');
    // the estimates list only the units clearly above their type, and say where every unit's rate is
    expect(page).toContain('data-testid="full-rates"');
    expect(rows(page, 'table-unit-rates')).toBe(
      Math.min(PAGE_ROWS, report.estimates!.units.filter((u) => u.above).length),
    );
    const tables = reportTables(report);
    expect(tables.units).toHaveLength(10_000 + 1);
    expect(tables.inspectors).toHaveLength(1000 + 1);
  }, 120_000);
});
