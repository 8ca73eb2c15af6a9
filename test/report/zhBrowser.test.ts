// The Chinese pages in a real headless browser (Debian's chromium driven by playwright-core): Chinese is
// drawn with a CJK font of the page's font stack (fonts-noto-cjk on this machine and in CI), never as
// empty boxes, on a zh-CN page and for the Chinese names on an English page; nothing is fetched; and
// the zh-CN screenshots of the report and of the notice for the docs. One browser launch.
//
// `document.fonts.check('16px "Noto Sans CJK SC"')` cannot tell: it is true for any font that no
// @font-face declares, installed or not. The test asks the browser instead which installed font drew
// each text (the DevTools protocol's CSS.getPlatformFontsForNode), once the page's own requests and
// console are checked: the protocol's CSS agent reads the page's file again.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { noticeHtml } from '../../src/report/noticeHtml.js';
import { planNotice } from '../../src/report/planNotice.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { openPage, useChromium } from './chromium.js';
import { COUNTY_END, countySchedule } from './county.js';
import { countyZhInput, withZhNames } from './countyZh.js';

const REPORT_SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot.zh-CN.png', import.meta.url));
const NOTICE_SCREENSHOT = fileURLToPath(new URL('../../docs/notice-screenshot.zh-CN.png', import.meta.url));

const chromiumPages = useChromium('Chinese pages');

/** The installed fonts that drew the text of the first element matching `selector`, and how many glyphs each. */
async function fontsOf(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
}

const CJK = /^(Noto Sans CJK SC|Source Han Sans SC|Microsoft YaHei|PingFang SC)$/;

describe('the Chinese pages in headless chromium', () => {
  const input = countyZhInput();
  const schedule = plan(input);

  it('the report: Chinese in a CJK font of the stack, nothing fetched; zh-CN screenshot to docs/', async () => {
    const report = fairnessReport(withZhNames(structuredClone(schedule)), COUNTY_END);
    const { context, blocked } = await chromiumPages.isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      reportHtml(report, { lang: 'zh-CN', title: '某县公安局2026年度督察检查公平性报告' }),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('某县公安局2026年度督察检查公平性报告');
    expect(await page.locator('svg[data-testid="chart-units"] [data-testid="unit-row"]').count()).toBe(40);
    expect(await page.locator('table[data-testid="table-units"] tbody tr').count()).toBe(40);

    // the top of the page (header, promise, key figures, manifest, police types) for the docs
    await page.screenshot({
      path: REPORT_SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 2250 },
    });
    expect(existsSync(REPORT_SCREENSHOT)).toBe(true);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);

    // every glyph of the heading, the promise and a unit's name comes from the CJK font
    for (const selector of ['h1', '#promise p', 'table[data-testid="table-units"] .note']) {
      const fonts = await fontsOf(page, selector);
      expect(Object.keys(fonts), selector).toHaveLength(1);
      expect(Object.keys(fonts)[0], selector).toMatch(CJK);
    }
    await context.close();
  });

  it('the notice: Chinese in a CJK font of the stack, nothing fetched; zh-CN screenshot to docs/', async () => {
    const { context, blocked } = await chromiumPages.isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      noticeHtml(planNotice(input, schedule), { lang: 'zh-CN', title: '某县公安局2026年度督察计划公示' }),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('table[data-testid="table-units"] tbody tr').count()).toBe(40);

    // the top of the page (header, what it says, fingerprints, rules) for the docs
    await page.locator('#periods summary').click();
    await page.screenshot({
      path: NOTICE_SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 2000 },
    });
    expect(existsSync(NOTICE_SCREENSHOT)).toBe(true);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);

    for (const selector of ['h1', '#about p', 'table[data-testid="table-rules"] tbody tr td']) {
      const fonts = await fontsOf(page, selector);
      expect(Object.keys(fonts), selector).toHaveLength(1);
      expect(Object.keys(fonts)[0], selector).toMatch(CJK);
    }
    await context.close();
  });

  it('an English page: English in its Latin font, a Chinese name in the CJK font after it', async () => {
    const { context } = await chromiumPages.isolatedContext();
    const { page, errors } = await openPage(
      context,
      reportHtml(fairnessReport(withZhNames(countySchedule()), COUNTY_END)),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    expect(Object.keys(await fontsOf(page, 'h1'))).not.toContainEqual(expect.stringMatching(CJK));
    const name = await fontsOf(page, 'table[data-testid="table-units"] .note');
    expect(Object.keys(name)).toHaveLength(1);
    expect(Object.keys(name)[0]).toMatch(CJK);
    await context.close();
  });
});
