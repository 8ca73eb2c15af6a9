// The task sheet page in a real browser: Debian's headless chromium through playwright-core.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { taskSheets } from '../../src/report/taskSheets.js';
import { taskSheetsHtml } from '../../src/report/taskSheetsHtml.js';
import { showBidiControls } from '../../src/report/visibleText.js';
import { openPage, useChromium } from './chromium.js';
import { countySchedule, countyWithOtherKinds } from './county.js';
import { HOSTILE } from './hostile.js';
import { namedCounty } from './namedCounty.js';

// DOM globals used inside page.evaluate callbacks (they run in the page, not in Node).
declare const document: any;
declare function getComputedStyle(element: unknown): { backgroundColor: string; breakBefore: string };

const SCREENSHOT = fileURLToPath(new URL('../../docs/tasks-screenshot.png', import.meta.url));
const SCREENSHOT_ZH = fileURLToPath(new URL('../../docs/tasks-screenshot.zh-CN.png', import.meta.url));

const chromiumPages = useChromium('task sheet page');
const isolatedContext = () => chromiumPages.isolatedContext();

/** The number of pages of a PDF that chromium printed (its page objects). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('the task sheet page in headless chromium', () => {
  it('shows one sheet per inspector, prints each on its own page, fetches nothing; screenshot to docs/', async () => {
    const schedule = countySchedule();
    const sheets = taskSheets(schedule, { date: '2026-04-30' });
    const { context, blocked } = await isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      taskSheetsHtml(sheets, { title: 'County public security bureau: task sheets' }),
    );

    expect(await page.title()).toBe('County public security bureau: task sheets');
    expect(await page.locator('[data-testid="subtitle"]').textContent()).toBe(
      'Thursday 2026-04-30 · period 17 · 3 inspectors · 3 visits',
    );
    const sections = page.locator('section[data-testid="sheet"]');
    expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-inspector')))).toEqual([
      'insp-09',
      'insp-10',
      'insp-14',
    ]);
    // each sheet: its heading, the day, one row per visit, a line to sign
    const sheet = (k: number) => sections.nth(k);
    expect(await sheet(0).locator('h2').textContent()).toBe('Task sheet of Zhou Jie (insp-09)');
    expect(await sheet(0).locator('p.lead').textContent()).toBe('Thursday 2026-04-30 · 3 visits');
    expect(await sheet(0).locator('tbody tr').count()).toBe(3);
    expect(await sheet(1).locator('tbody tr').count()).toBe(1);
    expect(await sheet(2).locator('tbody tr').count()).toBe(2);
    expect(await sheet(0).locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      'v-0102',
      'Baishi police stationps-baishi', // the name the schedule carries, and the id below it
      'campaign spring-crackdown',
      'Wu Hong (insp-10)', // the inspectors by the names the schedule carries, beside their ids
      'Campaign spring-crackdown, drawn at random among the units in its scope.',
    ]);
    expect(await sheet(2).locator('p.sign').textContent()).toMatch(/^Received by Zhu Hui \(insp-14\): _+$/);
    expect(await page.locator('[data-testid="confidential"]').textContent()).toMatch(/^Confidential/);
    expect(await page.locator('footer').textContent()).toContain(schedule.manifest.scheduleHash);
    // the style sheet was allowed by the page's CSP (its hash)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(await page.locator('header.top').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(11, 79, 138)',
    );

    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 1150 },
    });
    expect(existsSync(SCREENSHOT)).toBe(true);

    // printed: every sheet after the first starts a new page, and each sheet fits on one
    await page.emulateMedia({ media: 'print' });
    expect(await sections.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual([
      'auto',
      'page',
      'page',
    ]);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(3);

    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows unit names, reasons and inspectors as text, whatever they hold; one inspector, one page', async () => {
    const s = countyWithOtherKinds();
    const name = `${HOSTILE[0]} ${HOSTILE[1]} ${HOSTILE[13]}`;
    s.units.find((u) => u.id === 'ps-luohe')!.name = name;
    const visit = s.visits.find((v) => v.id === 'd-0001')!;
    visit.reason = `${HOSTILE[3]}${HOSTILE[9]}`;
    visit.inspectors = ['insp-03', HOSTILE[2]!];
    s.inspectors.push({ id: HOSTILE[2]!, visits: 1, byType: {} });
    const title = '</title><script>document.title="pwned"</script>';
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

    await page.setContent(taskSheetsHtml(taskSheets(s, { date: '2026-06-10' }), { title }), {
      waitUntil: 'load',
    });
    expect(
      await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, link').length),
    ).toBe(0);
    expect(await page.title()).toBe(title);
    const inspectors = await page
      .locator('section[data-testid="sheet"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-inspector')));
    // by code unit: the quote of HOSTILE[2] sorts first
    expect(inspectors).toEqual([HOSTILE[2], 'insp-03', 'insp-04', 'insp-06', 'insp-21', 'insp-22']);
    const row = page.locator('section[data-inspector="insp-03"] tbody tr');
    expect(await row.count()).toBe(1);
    const directed = await row.first().locator('td').allTextContents();
    expect(directed).toEqual([
      'd-0001',
      `${showBidiControls(name)}ps-luohe`,
      'directed',
      HOSTILE[2],
      `${HOSTILE[3]}${HOSTILE[9]}`,
    ]);

    await page.setContent(taskSheetsHtml(taskSheets(s, { date: '2026-06-10', inspector: 'insp-03' })), {
      waitUntil: 'load',
    });
    expect(await page.locator('section[data-testid="sheet"]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(events).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('in Chinese: lang="zh-CN", names beside ids, the day as 2026年4月30日 星期四; screenshot to docs/', async () => {
    const s = namedCounty();
    const more: Record<string, string> = {
      'ps-xiqiao': '西桥派出所',
      'tp-expressway': '高速公路交警大队',
      'insp-10': '张伟',
      'insp-14': '刘洋',
    };
    for (const u of s.units) if (Object.hasOwn(more, u.id)) u.name = more[u.id];
    for (const i of s.inspectors) if (Object.hasOwn(more, i.id)) i.name = more[i.id];
    const { context, blocked } = await isolatedContext();
    const { page, url, requests, errors } = await openPage(
      context,
      taskSheetsHtml(taskSheets(s, { date: '2026-04-30' }), {
        lang: 'zh-CN',
        title: '城关县公安局督察任务单',
      }),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe('城关县公安局督察任务单');
    expect(await page.locator('[data-testid="subtitle"]').textContent()).toBe(
      '2026年4月30日 星期四 · 第17个周期 · 3名督察员 · 3项检查',
    );
    const sections = page.locator('section[data-testid="sheet"]');
    expect(await sections.locator('h2').allTextContents()).toEqual([
      '督察任务单：李强（insp-09）',
      '督察任务单：张伟（insp-10）',
      '督察任务单：刘洋（insp-14）',
    ]);
    expect(await sections.nth(0).locator('thead th').allTextContents()).toEqual([
      '检查编号',
      '被检查单位',
      '检查类型',
      '同组督察员',
      '检查事由',
    ]);
    expect(await sections.nth(0).locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      'v-0102',
      '白石派出所ps-baishi',
      '专项督察（spring-crackdown）',
      '张伟（insp-10）',
      '专项督察（spring-crackdown），从专项范围内的单位中随机抽取。',
    ]);
    expect(await sections.nth(2).locator('p.sign').textContent()).toMatch(/^刘洋（insp-14） 签收：_+$/);

    await page.screenshot({
      path: SCREENSHOT_ZH,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: 1150 },
    });
    expect(existsSync(SCREENSHOT_ZH)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(3);
    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
