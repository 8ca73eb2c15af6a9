// The results notice of an ended period, and an interim report page, in a real headless browser
// (Debian's chromium driven by playwright-core, as test/report/browser.test.ts): the verdict shows at
// the top, plainly verified or, in red, NOT verified; the visits table renders; nothing is fetched and
// nothing logs an error; and the screenshot for the docs. One browser launch for the whole file.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import type { PeriodReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { outcomesOf } from '../outcomes/fixtures.js';
import { openPage, useChromium } from './chromium.js';

// DOM globals used inside page.evaluate callbacks (they run in the page, not in Node).
declare function getComputedStyle(element: unknown): { backgroundColor: string; borderTopColor: string };

const SCREENSHOT = fileURLToPath(new URL('../../docs/results-screenshot.png', import.meta.url));
const OUTCOMES_SCREENSHOT = fileURLToPath(
  new URL('../../docs/results-outcomes-screenshot.png', import.meta.url),
);

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const hash = schedule.manifest.scheduleHash;
/** Period index 8 (the page's period 9, 2026-03-02 to 2026-03-08), revealed on its last day. */
const reveal = (): PeriodReveal =>
  JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, { asOf: '2026-03-08' })));

const chromiumPages = useChromium('results page');
const isolatedContext = () => chromiumPages.isolatedContext({ width: 1100, height: 900 });

describe('the results notice in headless chromium', () => {
  it('a verified period: the verdict on top, every visit, nothing fetched; screenshot to docs/', async () => {
    const notice = periodNotice(reveal(), hash);
    const { context, blocked } = await isolatedContext();
    const { page, url, requests, errors } = await openPage(context, periodNoticeHtml(notice));

    expect(await page.title()).toBe('Results of period 9 of 51');
    const verdict = page.getByTestId('verdict');
    expect(await verdict.getAttribute('data-status')).toBe('verified');
    expect(await verdict.locator('h2').textContent()).toBe('Verified');
    expect(await verdict.isVisible()).toBe(true);
    const verdictBox = (await verdict.boundingBox())!;
    const tableBox = (await page.locator('#table-visits').boundingBox())!;
    expect(verdictBox.y).toBeLessThan(tableBox.y);
    expect(verdictBox.y).toBeLessThan(400); // in the first screen

    const rows = page.locator('table[data-testid="table-visits"] tbody tr');
    expect(await rows.count()).toBe(schedule.visits.filter((v) => v.period === 8).length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => (td as { textContent: string }).textContent),
      ),
    );
    // units and inspectors by id, and beside it the name the plan gives (the reveal carries them)
    const unitName = (id: string) => schedule.units.find((u) => u.id === id)!.name!;
    const inspectorName = (id: string) => schedule.inspectors.find((x) => x.id === id)!.name!;
    for (const [k, v] of notice.visits.entries())
      expect(cells[k]).toEqual([
        v.date,
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][v.weekday - 1],
        `${v.unit.id} ${unitName(v.unit.id)}`,
        v.kind === 'campaign' ? `campaign ${v.campaign}` : 'routine (random draw)',
        v.inspectors.map((i) => `${i.id} ${inspectorName(i.id)}`).join(', '),
        v.id,
      ]);
    expect(cells[0]!.slice(2, 5)).toEqual([
      'ps-dongba Dongba police station',
      'routine (random draw)',
      'insp-02 Li Na, insp-06 Yang Fan',
    ]);
    expect(await page.getByTestId('manifest').textContent()).toContain(hash);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(await page.locator('header.top').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(11, 79, 138)',
    );

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a changed reveal: NOT verified, in red, above the list, with what does not match', async () => {
    const changed = reveal();
    changed.visits[0]!.unit = changed.visits[0]!.unit === 'ps-luohe' ? 'ps-xiaji' : 'ps-luohe';
    const { context, blocked } = await isolatedContext();
    const { page, requests, url, errors } = await openPage(
      context,
      periodNoticeHtml(periodNotice(changed, hash)),
    );

    const verdict = page.getByTestId('verdict');
    expect(await verdict.getAttribute('data-status')).toBe('different');
    expect(await verdict.getAttribute('role')).toBe('alert');
    expect(await verdict.locator('.n').textContent()).toBe('NOT verified');
    expect(await verdict.isVisible()).toBe(true);
    const style = await verdict.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.borderTopColor];
    });
    expect(style).toEqual(['rgb(253, 240, 238)', 'rgb(192, 57, 43)']);
    const size = await verdict
      .locator('.n')
      .evaluate((el) => getComputedStyle(el) as unknown as { fontSize: string });
    expect(size.fontSize).toBe('24px');
    expect((await verdict.boundingBox())!.y).toBeLessThan(
      (await page.locator('#table-visits').boundingBox())!.y,
    );
    expect(await page.locator('[data-testid="differences"] li code').first().textContent()).toBe(
      'scheduleHash',
    );
    expect(await page.locator('[data-testid="manifest"] dd').last().textContent()).toBe('NOT verified');
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the results notice with outcomes in headless chromium', () => {
  /** Q1's outcomes: problems at every third visit, one not done. */
  const outcomes = outcomesOf(schedule, '2026-03-29', (_v, k) =>
    k === 44 ? 'not-done' : k % 3 === 0 ? 'problems' : 'compliant',
  );
  const withOutcomes = (): PeriodReveal =>
    JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, { asOf: '2026-03-29', outcomes })));

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows each visit's result and the period's estimate, the table within the page (${lang})`, async () => {
      const notice = periodNotice(withOutcomes(), hash);
      const { context, blocked } = await isolatedContext();
      const { page, url, requests, errors } = await openPage(context, periodNoticeHtml(notice, { lang }));
      const verdict = page.getByTestId('verdict');
      expect(await verdict.getAttribute('data-status')).toBe('verified');
      expect((await verdict.boundingBox())!.y).toBeLessThan(400);
      const rows = page.locator('table[data-testid="table-visits"] tbody tr');
      expect(await rows.count()).toBe(notice.visits.length);
      const results = await rows.evaluateAll((trs) =>
        trs.map((tr) => (tr.querySelectorAll('td')[6] as { textContent: string }).textContent),
      );
      expect(
        results.filter((r) => r.startsWith(lang === 'en' ? 'problems found: ' : '发现问题：')),
      ).toHaveLength(notice.visits.filter((v) => v.outcome!.result === 'problems').length);
      // the wider table still fits the page: nothing to scroll sideways at 1100 px
      const overflow = await page.locator('#table-visits').evaluate((el) => {
        const box = (el as unknown as { parentElement: { scrollWidth: number; clientWidth: number } })
          .parentElement;
        return box.scrollWidth - box.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      const all = page.getByTestId('estimate-all');
      expect(await all.isVisible()).toBe(true);
      expect(await all.textContent()).toMatch(lang === 'en' ? /^All units: \d+\.\d%/ : /^全部单位：\d+\.\d%/);
      const tableBox = (await page.locator('#table-visits').boundingBox())!;
      const estimateBox = (await page.locator('#table-estimates').boundingBox())!;
      expect(tableBox.y).toBeLessThan(estimateBox.y);
      expect(await page.locator('table[data-testid="table-estimates"] tbody tr').count()).toBe(
        1 + notice.estimates!.types.length,
      );
      if (lang === 'en') await page.screenshot({ path: OUTCOMES_SCREENSHOT, fullPage: true });
      expect(requests).toEqual([url]);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('an interim fairness report in headless chromium', () => {
  it('says it is interim in a red box at the top and shows only the ended periods', async () => {
    const report = fairnessReport(schedule, { asOf: '2026-07-08' });
    const { context, blocked } = await isolatedContext();
    const { page, errors } = await openPage(context, reportHtml(report));
    const box = page.getByTestId('interim');
    expect(await box.textContent()).toBe(
      'Interim report: periods 1–26 of 51, up to 2026-07-05. The periods not yet ended are left out.',
    );
    expect(await box.isVisible()).toBe(true);
    expect((await box.boundingBox())!.y).toBeLessThan((await page.locator('#promise').boundingBox())!.y);
    expect(await page.locator('table[data-testid="table-periods"] tbody tr').count()).toBe(26);
    const dates = await page
      .locator('[data-testid="heat-cell"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-date')!));
    expect(dates.at(-1)).toBe('2026-07-05');
    expect(await page.getByTestId('card-units-promise').getAttribute('class')).toBe('card');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
