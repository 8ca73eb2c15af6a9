// The report page in a real headless browser (Debian's chromium driven by playwright-core): the charts
// and tables render, nothing is fetched, nothing logs an error, hostile strings stay text; and the
// screenshot for the docs. One browser launch for the whole file.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { showBidiControls } from '../../src/report/visibleText.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { openPage, useChromium } from './chromium.js';
import { COUNTY_END, countySchedule, countyWithOtherKinds, pastEveryVisit } from './county.js';
import { fromPool, HOSTILE, HOSTILE_KEYS, renamedCounty } from './hostile.js';

// DOM globals used inside page.evaluate callbacks (they run in the page, not in Node).
declare const document: any;
declare function getComputedStyle(element: unknown): { backgroundColor: string };

const SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url));

const chromiumPages = useChromium('report page');
const isolatedContext = () => chromiumPages.isolatedContext();

describe('the county report page in headless chromium', () => {
  it('renders every chart and table, fetches nothing, logs no error; screenshot to docs/', async () => {
    const schedule = countySchedule();
    const report = fairnessReport(schedule, COUNTY_END);
    const { context, blocked } = await isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      reportHtml(report, { title: 'County public security bureau: inspections 2026' }),
    );

    // the four charts, with the expected number of marks
    expect(await page.locator('svg[data-testid="chart-types"] [data-testid="type-row"]').count()).toBe(8);
    expect(await page.locator('svg[data-testid="chart-units"] [data-testid="unit-row"]').count()).toBe(40);
    expect(await page.locator('svg[data-testid="chart-units"] circle.realised').count()).toBe(40);
    const cells = page.locator('svg[data-testid="chart-heatmap"] [data-testid="heat-cell"]');
    expect(await cells.count()).toBe(357);
    const counts = await cells.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
    // the heat map counts visits of every kind
    expect(counts.reduce((s, n) => s + n, 0)).toBe(schedule.visits.length);
    expect(schedule.visits.length).toBe(289 + 13);
    const firstDay = schedule.visits.filter((v) => v.date === schedule.visits[0]!.date).length;
    expect(
      await page
        .locator(`[data-testid="heat-cell"][data-date="${schedule.visits[0]!.date}"]`)
        .getAttribute('data-count'),
    ).toBe(String(firstDay));
    expect(await page.locator('svg[data-testid="chart-load"] [data-testid="load-row"]').count()).toBe(25);
    const segments = report.inspectors.reduce(
      (s, x) => s + Object.values(x.byType).filter((n) => n > 0).length,
      0,
    );
    expect(await page.locator('[data-testid="load-segment"]').count()).toBe(segments);
    expect(await page.locator('[data-testid="sparkline"]').count()).toBe(40);

    // rendered for real: each chart has a laid-out box and an accessible name from its <title>
    const charts = await page.locator('svg.chart').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const title = document.getElementById(el.getAttribute('aria-labelledby') ?? '');
        return {
          id: el.id,
          role: el.getAttribute('role'),
          width: box.width,
          height: box.height,
          title: title?.textContent,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(['chart-types', 'chart-units', 'chart-heatmap', 'chart-load']);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.width).toBeGreaterThan(500);
      expect(c.height).toBeGreaterThan(100);
      expect(c.title).toBeTruthy();
    }
    const bar = await page
      .locator('[data-testid="type-row"][data-label="police-station"] rect.expected')
      .boundingBox();
    expect(bar!.width).toBeGreaterThan(300);

    // the tables, with the schedule's numbers
    const rows = (id: string) => page.locator(`table[data-testid="${id}"] tbody tr`).count();
    expect(await rows('table-types')).toBe(8);
    expect(await rows('table-units')).toBe(40);
    expect(await rows('table-inspectors')).toBe(25);
    expect(await rows('table-kinds')).toBe(4);
    expect(await rows('table-periods')).toBe(51);
    expect(await rows('table-campaigns')).toBe(1);
    expect(await rows('table-directed')).toBe(2);
    expect(await rows('table-findings')).toBe(2);
    expect(await page.locator('table[data-testid="table-conflicts"]').count()).toBe(0);
    const chengguan = await page
      .locator('table[data-testid="table-units"] tr', { hasText: 'ps-chengguan' })
      .locator('td')
      .allTextContents();
    // routine: active periods, expected, realised, deviation, rounded; then the other visits by kind
    // and the chance of a spring-crackdown visit
    expect(chengguan.slice(3)).toEqual(['50', '12.50', '13', '+0.50', 'yes', '1campaign 1', '71.4%']);
    const luohe = await page
      .locator('table[data-testid="table-units"] tr', { hasText: 'ps-luohe' })
      .locator('td')
      .allTextContents();
    expect(luohe.slice(8)).toEqual(['1directed 1', '71.4%']);
    const campaign = await page.locator('table[data-testid="table-campaigns"] tbody td').allTextContents();
    expect(campaign).toEqual([
      'spring-crackdown',
      '2026-03-02',
      '2026-04-30',
      '10',
      '10',
      '14',
      'equal',
      'maxent',
    ]);
    const findings = await page.locator('table[data-testid="table-findings"] tbody tr').allTextContents();
    // each unit by the name the schedule carries, beside its id
    expect(findings[0]).toBe('Xiaji police station (ps-xiaji)2026-04-292026-05-092026-05-11yes, v-0109');
    expect(findings[1]).toMatch(
      /^County detention centre \(dc-county\)2026-12-212027-01-042027-01-05no: the follow-up 2027-01-05 falls after/,
    );
    expect(await page.locator('table[data-testid="table-findings"] td.bad').count()).toBe(1);
    expect(await page.locator('[data-testid="card-units-promise"] .n').textContent()).toBe('40 / 40');
    expect(await page.locator('[data-testid="manifest"]').textContent()).toContain(
      schedule.manifest.scheduleHash,
    );
    expect(await page.title()).toBe('County public security bureau: inspections 2026');

    // the style sheet was allowed by the page's CSP (its hash), and the CSP forbids everything else
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(await page.locator('header.top').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(11, 79, 138)',
    );

    // the top of the page (header, promise, key figures, manifest, police types) for the README
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 2250 },
    });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows hostile names as text and other kinds of visits, with no script, request or error', async () => {
    const keys = HOSTILE_KEYS;
    const schedule = renamedCounty(
      fromPool(Array.from({ length: keys }, (_, k) => `${HOSTILE[k % HOSTILE.length]}#${k}`)),
    );
    const title = '</title><script>document.title="pwned"</script>';
    const html = reportHtml(fairnessReport(schedule, COUNTY_END), { title });
    const { context, blocked } = await isolatedContext();
    const page = await context.newPage();
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') events.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('request', (r) => events.push(`request: ${r.url()}`));
    await page.setContent(html, { waitUntil: 'load' });

    expect(
      await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, link').length),
    ).toBe(0);
    expect(await page.title()).toBe(title);
    const firstCells = await page
      .locator('table[data-testid="table-units"] tbody tr td:first-child')
      .evaluateAll((tds) => tds.map((td) => td.childNodes[0]?.textContent));
    expect(firstCells.sort()).toEqual(schedule.units.map((u) => showBidiControls(u.id)).sort());
    const labels = await page
      .locator('[data-testid="type-row"]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
    expect(labels.sort()).toEqual(schedule.types.map((t) => showBidiControls(t.type)).sort());
    expect(await page.locator('[data-testid="manifest"] dd').last().textContent()).toBe(
      showBidiControls(schedule.manifest.scheduleHash),
    );

    await page.setContent(
      reportHtml(fairnessReport(countyWithOtherKinds(), pastEveryVisit(countyWithOtherKinds()))),
      { waitUntil: 'load' },
    );
    expect(await page.locator('table[data-testid="table-kinds"] tbody tr').count()).toBe(4);
    expect(await page.locator('[data-testid="heat-cell"]').count()).toBe(357 + 12);
    const withOther = fairnessReport(
      countyWithOtherKinds(),
      pastEveryVisit(countyWithOtherKinds()),
    ).units.filter((u) => u.other > 0).length;
    expect(withOther).toBe(14);
    expect(await page.locator('[data-testid="unit-row-other"]').count()).toBe(withOther);
    expect(await page.locator('[data-testid="load-row"]').count()).toBe(26);

    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const limited = { ...input, limits: { maxVisitsPerUnit: 10, minGapDays: 14 } };
    const replanned = replan(limited, plan(limited), {
      from: '2026-07-06',
      reason: 'reorganisation',
      changes: { close: ['ci-east'] },
    });
    await page.setContent(reportHtml(fairnessReport(replanned, COUNTY_END)), { waitUntil: 'load' });
    expect(await page.locator('[data-testid="card-units-promise"] .n').textContent()).toBe('40 / 40');
    expect(await page.locator('[data-testid="card-units-promise"].bad').count()).toBe(0);
    expect(await page.locator('#promise').textContent()).toMatch(/periods 27 to 51 were drawn again/);
    expect(await page.locator('[data-testid="capped"]').count()).toBe(
      replanned.units.filter((u) => u.capped).length,
    );
    expect(await page.locator('[data-testid="note"]').count()).toBe(replanned.notes!.length);
    expect(await page.locator('table[data-testid="table-conflicts"] tbody tr').count()).toBe(
      replanned.conflicts!.length,
    );

    expect(events).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
