// The start-of-year notice in a real headless browser (Debian's chromium driven by playwright-core):
// its sections and tables render, nothing is fetched, nothing logs an error, the text a person reads
// names no visit, hostile names stay text; and the screenshot for the docs. One browser launch.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noticeHtml } from '../../src/report/noticeHtml.js';
import { planNotice } from '../../src/report/planNotice.js';
import { showBidiControls } from '../../src/report/visibleText.js';
import { plan } from '../../src/schedule/plan.js';
import { smallYearPlan } from '../schedule/yearPlans.js';
import { openPage, useChromium } from './chromium.js';
import { countySchedule } from './county.js';
import { HOSTILE } from './hostile.js';
import { leaks } from './noticeLeaks.js';

// DOM globals used inside page.evaluate callbacks (they run in the page, not in Node).
declare const document: any;

const SCREENSHOT = fileURLToPath(new URL('../../docs/notice-screenshot.png', import.meta.url));

const chromiumPages = useChromium('notice page');
const isolatedContext = () => chromiumPages.isolatedContext();

describe('the county notice in headless chromium', () => {
  it('renders every section and table, fetches nothing, logs no error, names no visit; screenshot to docs/', async () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const schedule = countySchedule();
    const { context, blocked } = await isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      noticeHtml(planNotice(input, schedule), {
        title: 'County public security bureau: inspection plan 2026',
      }),
    );

    // the sections, in order, each with its heading laid out on the page
    const sections = await page.locator('main > section').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        heading: document.getElementById(el.getAttribute('aria-labelledby'))?.textContent,
        height: el.getBoundingClientRect().height,
      })),
    );
    expect(sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'What this notice says'],
      ['anchors', 'The fingerprints'],
      ['rules', 'The rules of the draw'],
      ['frame', 'The frame: every unit and its chances'],
      ['pool', 'Inspectors and recusal'],
      ['verify', 'How to verify'],
    ]);
    for (const s of sections) expect(s.height, s.id).toBeGreaterThan(80);

    // the tables, with the plan's numbers
    const rows = (id: string) => page.locator(`table[data-testid="${id}"] tbody tr`).count();
    expect(await rows('table-rules')).toBe(17);
    expect(await rows('table-periods')).toBe(51);
    expect(await rows('table-campaigns')).toBe(1);
    expect(await rows('table-types')).toBe(8);
    expect(await rows('table-units')).toBe(40);
    expect(await rows('table-inspectors')).toBe(25);
    const chengguan = await page
      .locator('table[data-testid="table-units"] tr', { hasText: 'ps-chengguan' })
      .locator('td')
      .allTextContents();
    // type, region, active, chance per period, active periods, expected, campaign chance
    expect(chengguan.slice(1)).toEqual([
      ' police-station',
      'centre',
      'whole horizon',
      '12.8–26.4%',
      '50',
      '12.50',
      '71.4%',
    ]);
    const rule = async (name: string) =>
      page
        .locator('table[data-testid="table-rules"] tr', { hasText: name })
        .locator('td')
        .nth(1)
        .textContent();
    expect(await rule('Horizon')).toBe('2026-01-05 (Mon) to 2026-12-27 (Sun)');
    expect(await rule('Visits per unit')).toBe(
      'at most 15 visits of one unit over the horizon, all kinds counted',
    );
    expect(await rule('Bounds')).toBe('from 2.0% to 90.0%');
    const campaign = await page.locator('table[data-testid="table-campaigns"] tbody td').allTextContents();
    expect(campaign).toEqual([
      'spring-crackdownSpring crackdown on gambling: front-line police stations',
      'police types police-station',
      '2026-03-02',
      '2026-04-30',
      '10',
      '14',
      '43',
      'equal',
      'maxent',
      'none',
    ]);
    // the periods are folded away until opened
    expect(await page.locator('table[data-testid="table-periods"]').isVisible()).toBe(false);
    await page.locator('#periods summary').click();
    expect(await page.locator('table[data-testid="table-periods"]').isVisible()).toBe(true);
    expect(
      await page
        .locator('table[data-testid="table-periods"] tbody tr')
        .first()
        .locator('td')
        .allTextContents(),
    ).toEqual(['1', '2026-01-05', '2026-01-11', '5', '6']);

    const anchors = await page.locator('[data-testid="anchors"]').textContent();
    for (const hash of ['inputHash', 'seedCommitment', 'scheduleHash'] as const)
      expect(anchors).toContain(schedule.manifest[hash]);
    const commands = await page.locator('[data-testid="command"]').allTextContents();
    expect(commands).toEqual([
      `fairdraw verify-period reveal.json ${schedule.manifest.scheduleHash}`,
      'fairdraw hash plan.json',
      'fairdraw verify plan.json schedule.json',
    ]);
    expect(await page.locator('[data-testid="steps"] > li').count()).toBe(6);
    expect(await page.locator('[data-testid="recusal"] > li').count()).toBe(2);

    // the text of the page (the folded periods included) names no visit
    const text: string = await page.evaluate(() => document.body.textContent);
    const { found, searched } = leaks(text, input, schedule);
    expect(searched).toBeGreaterThan(150);
    expect(found).toEqual([]);

    // the style sheet was allowed by the page's CSP (its hash), and the CSP forbids everything else
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(await page.title()).toBe('County public security bureau: inspection plan 2026');

    // the top of the page (header, what it says, fingerprints, rules) for the docs
    await page.locator('#periods summary').click();
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 2000 },
    });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows hostile names as text, with no script, request or error', async () => {
    const input = smallYearPlan();
    input.units.forEach((u: any, i: number) => {
      u.name = HOSTILE[i % HOSTILE.length];
    });
    input.inspectors.forEach((x: any, i: number) => {
      x.name = HOSTILE[(i + 7) % HOSTILE.length];
    });
    input.campaigns = [
      { id: 'c-1', name: HOSTILE[1], from: '2026-03-09', to: '2026-03-20', scope: {}, visits: 2 },
    ];
    const title = '</title><script>document.title="pwned"</script>';
    const notice = planNotice(input, plan(input));
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
    await page.setContent(noticeHtml(notice, { title }), { waitUntil: 'load' });

    expect(
      await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, link').length),
    ).toBe(0);
    expect(await page.title()).toBe(title);
    const names = await page
      .locator('table[data-testid="table-units"] tbody td:first-child .note')
      .allTextContents();
    expect(names.sort()).toEqual(input.units.map((u: any) => showBidiControls(u.name)).sort());
    const inspectorNames = await page
      .locator('table[data-testid="table-inspectors"] tbody td:nth-child(2)')
      .allTextContents();
    expect(inspectorNames).toEqual(input.inspectors.map((x: any) => showBidiControls(x.name)));
    expect(events).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
