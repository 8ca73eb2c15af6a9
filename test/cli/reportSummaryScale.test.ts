// The text summary `fairdraw report` prints stays a screenful at any size (issue 16): beyond
// PAGE_ROWS units (inspectors) it lists the EXTREME_ROWS furthest above and below their expectation
// (the busiest and least busy), says how many there are and where the full table is, in both
// languages; a county's summary lists every unit and inspector, as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/formatReport.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { EXTREME_ROWS, PAGE_ROWS } from '../../src/report/page/pageLimits.js';
import { plan } from '../../src/schedule/plan.js';
import { largeReport } from '../report/largeReport.js';

describe('the text summary of report, at any size', () => {
  const report = largeReport({ units: 5000, periods: 52, period: 'week', inspectors: 800, types: 20 });

  it('lists the extremes of 5,000 units and 800 inspectors, and says where the full tables are', () => {
    const lines = formatReport(report, 'en').split('\n');
    expect(lines.length).toBeLessThan(400);
    expect(lines).toContain(
      `  (${2 * EXTREME_ROWS} of 5000 units: the furthest above their expectation first, then the furthest below; every unit is in the units table of fairdraw report --csv DIR or --xlsx FILE)`,
    );
    expect(lines).toContain(
      `  (${2 * EXTREME_ROWS} of 800 inspectors: the busiest first, then the least busy; every inspector is in the inspectors table of fairdraw report --csv DIR or --xlsx FILE)`,
    );
    const zh = formatReport(report, 'zh-CN');
    expect(zh).toContain(`（共 5000 个单位，此处列出 ${2 * EXTREME_ROWS} 个`);
    expect(zh).toContain(`（共 800 名督察员，此处列出 ${2 * EXTREME_ROWS} 名`);
  });

  it('shows the units furthest above first and furthest below last, each once', () => {
    const text = formatReport(report, 'en');
    const sorted = [...report.units].sort((a, b) => b.deviation - a.deviation);
    const shown = report.units.filter((u) => new RegExp(`^${u.id} `, 'm').test(text));
    expect(shown).toHaveLength(2 * EXTREME_ROWS);
    const devs = shown.map((u) => u.deviation).sort((a, b) => b - a);
    expect(devs[0]).toBe(sorted[0]!.deviation);
    expect(devs.at(-1)).toBe(sorted.at(-1)!.deviation);
  });

  it('lists every unit and inspector of a county, up to PAGE_ROWS', () => {
    const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const small = fairnessReport(plan(county), { asOf: '2026-12-31' });
    expect(small.units.length).toBeLessThanOrEqual(PAGE_ROWS);
    const text = formatReport(small, 'en');
    for (const u of small.units) expect(text).toMatch(new RegExp(`^${u.id} `, 'm'));
    expect(text).not.toContain('furthest above their expectation first');
  });
});
