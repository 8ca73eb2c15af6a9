// The report page of a large schedule (issue 16) in headless chromium: the histograms and the tables of
// the extreme units and inspectors render, in both languages, with nothing fetched and no error.
import { describe, expect, it } from 'vitest';
import { EXTREME_ROWS, PAGE_ROWS } from '../../src/report/page/pageLimits.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { openPage, useChromium } from './chromium.js';
import { largeReport } from './largeReport.js';

// DOM globals used inside page.evaluate callbacks (they run in the page, not in Node).
declare const document: any;

const chromiumPages = useChromium('large report page');

describe('the report page of 1e4 units and 1,000 inspectors in headless chromium', () => {
  const report = largeReport({
    units: 10_000,
    periods: 52,
    period: 'week',
    inspectors: 1000,
    types: 20,
    capped: 40,
    outside: 500,
    lists: 400,
    names: true,
  });

  for (const lang of ['en', 'zh-CN'] as const)
    it(`shows the distributions and the extremes (${lang}), fetches nothing, logs no error`, async () => {
      const { context, blocked } = await chromiumPages.isolatedContext();
      const { page, url, requests, errors } = await openPage(context, reportHtml(report, { lang }));
      const charts = await page.locator('svg.chart').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          const title = document.getElementById(el.getAttribute('aria-labelledby') ?? '');
          return { id: el.id, role: el.getAttribute('role'), height: box.height, title: title?.textContent };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual([
        'chart-types',
        'chart-deviations',
        'chart-probabilities',
        'chart-heatmap',
        'chart-loads',
      ]);
      for (const c of charts) {
        expect(c.role).toBe('img');
        expect(c.height).toBeGreaterThan(100);
        expect(c.title).toBeTruthy();
      }
      const counts = async (id: string) =>
        (
          await page
            .locator(`[data-testid="${id}-bar"]`)
            .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))))
        ).reduce((s, n) => s + n, 0);
      expect(await counts('chart-deviations')).toBe(10_000);
      expect(await counts('chart-loads')).toBe(1000);
      const rows = (id: string) => page.locator(`table[data-testid="${id}"] tbody tr`).count();
      expect(await rows('table-units-above')).toBe(EXTREME_ROWS);
      expect(await rows('table-units-below')).toBe(EXTREME_ROWS);
      expect(await rows('table-units-capped')).toBe(250);
      expect(await rows('table-units-outside')).toBe(20);
      expect(await rows('table-inspectors-busiest')).toBe(EXTREME_ROWS);
      expect(await rows('table-directed')).toBe(PAGE_ROWS);
      // where the full table is: the `units` table of `fairdraw report --csv` or `--xlsx`
      expect(await page.locator('[data-testid="full-table"] code').allTextContents()).toEqual(
        expect.arrayContaining(['units', 'fairdraw report', '--csv', '--xlsx']),
      );
      // the folded lists open
      await page.locator('#units-capped summary').click();
      expect(await page.locator('table[data-testid="table-units-capped"]').isVisible()).toBe(true);
      expect(requests).toEqual([url]);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
});
