// The verify page in Chinese (`verifyPageHtml(script, { lang: 'zh-CN' })`) in headless Chromium, with
// real files chosen in its inputs: the page and everything its script shows are Chinese, and it still
// verifies the county's schedule and period reveal. The script is built from the current source with
// tsup, as in verifyPage.browser.test.ts (the English page, unchanged).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPageHtml } from '../../src/report/verifyPageHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { openPage, useChromium } from './chromium.js';
import { verifyPageScript } from './verifyPageScript.js';

declare const document: any;

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-verify-page-zh-'));
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const tampered = structuredClone(schedule);
tampered.visits[5]!.unit = tampered.visits[6]!.unit;
const reveal = revealPeriod(county, schedule, 6, { asOf: '2026-12-27' });

const files = {
  plan: join(dir, 'plan.json'),
  schedule: join(dir, 'schedule.json'),
  tampered: join(dir, 'tampered.json'),
  reveal: join(dir, 'week-7.json'),
  notJson: join(dir, 'notes.txt'),
};
writeFileSync(files.plan, JSON.stringify(county));
writeFileSync(files.schedule, JSON.stringify(schedule));
writeFileSync(files.tampered, JSON.stringify(tampered));
writeFileSync(files.reveal, JSON.stringify(reveal));
writeFileSync(files.notJson, '督察日程');

const chromiumPages = useChromium('verify page (zh-CN)');
let html = '';

beforeAll(async () => {
  html = verifyPageHtml(await verifyPageScript(dir), { lang: 'zh-CN' });
}, 120_000);

/** Presses 核验 and returns the verdict's text when the check is done. */
async function verdictOf(page: Page): Promise<string> {
  await page.click('#verify');
  await page.waitForFunction(
    () => {
      const text = document.getElementById('verdict').textContent as string;
      return text !== '' && !text.startsWith('正在核验');
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await page.textContent('#verdict')) ?? '';
}

/** Chooses the files (and the hash), presses 核验, and returns the verdict. */
async function check(page: Page, schedulePath: string, hash = ''): Promise<string> {
  await page.setInputFiles('#plan-file', files.plan);
  await page.setInputFiles('#schedule-file', schedulePath);
  await page.fill('#schedule-hash', hash);
  return verdictOf(page);
}

describe('the verify page in Chinese, in headless chromium, offline', () => {
  it('is a Chinese page, and verifies the county schedule and its reveal in Chinese', async () => {
    const { context, blocked } = await chromiumPages.isolatedContext({ width: 1000, height: 900 });
    const { page, url, requests, errors } = await openPage(context, html);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe('督察日程核验');
    expect(await page.locator('label').allTextContents()).toEqual([
      '计划文件（plan.json，随机种子已公开）',
      '督察日程（schedule.json）或周期公开文件（week-7.json）',
      '已公示的日程哈希值（仅核验周期公开文件时填写）',
    ]);
    expect(await page.locator('#verify').textContent()).toBe('核验');
    // no English sentence on the page: only file names and the library's name
    const body = `${await page.locator('header').textContent()} ${await page.locator('main').textContent()}`
      .replace(/plan\.json|schedule\.json|week-7\.json|JSON|fairdraw/g, ' ')
      .match(/[A-Za-z]{2,}/g);
    expect(body).toBeNull();

    // nothing chosen, then a file that is not JSON
    expect(await verdictOf(page)).toBe('核验未通过请先选择计划文件。');
    await page.setInputFiles('#plan-file', files.notJson);
    expect(await verdictOf(page)).toBe('核验未通过notes.txt 不是 JSON 文件。');

    const honest = await check(page, files.schedule);
    expect(honest).toBe('核验通过督察日程与公示的输入所生成的结果完全一致。');
    expect(await page.locator('#verdict p.ok').count()).toBe(1);

    const wrong = await check(page, files.tampered);
    expect(wrong).toMatch(/^核验未通过督察日程与公示的输入所生成的结果不一致：/);
    expect(wrong).toContain('visits[5].unit：应为 ');
    expect(wrong).toContain('，实为 ');

    const hash = schedule.manifest.scheduleHash;
    expect(await check(page, files.reveal, hash)).toBe(
      '核验通过第7个周期的公开文件与公示的输入所生成的结果完全一致。',
    );
    const other = `${hash.slice(0, 63)}${hash.endsWith('0') ? '1' : '0'}`;
    const refused = await check(page, files.reveal, other);
    expect(refused).toMatch(/^核验未通过第7个周期的公开文件与公示的输入所生成的结果不一致：/);
    expect(refused).toContain('scheduleHash');
    expect(await check(page, files.reveal, '')).toBe(
      '核验未通过周期公开文件须与已公示的日程哈希值比对：请先粘贴日程哈希值。',
    );

    expect(requests).toEqual([url]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
