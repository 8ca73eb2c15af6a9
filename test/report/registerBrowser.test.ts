// The register page in a real browser: Debian's headless chromium through playwright-core.
import { describe, expect, it } from 'vitest';
import { register } from '../../src/outcomes/register.js';
import { registerHtml } from '../../src/report/registerHtml.js';
import { followedUp } from '../outcomes/smallSchedule.js';
import { openPage, useChromium } from './chromium.js';
import { HOSTILE } from './hostile.js';

const chromiumPages = useChromium('register page');

const { schedule, outcomes } = followedUp;
/** The outcomes with a hostile string in every text a person typed. */
const hostile = {
  ...outcomes,
  records: outcomes.records.map((r, k) =>
    r.problems
      ? {
          ...r,
          problems: r.problems.map((p, j) => ({
            ...p,
            text: HOSTILE[(k + j) % HOSTILE.length],
            responsible: HOSTILE[(k + j + 1) % HOSTILE.length],
          })),
        }
      : r,
  ),
};

describe('the register page in headless chromium', () => {
  it('English, public: the tables, states and feedback as the register says; nothing fetched', async () => {
    const r = register(schedule, outcomes, { asOf: '2026-03-22' });
    const { context, blocked } = await chromiumPages.isolatedContext();
    const { page, requests, errors } = await openPage(context, registerHtml(r));
    expect(await page.title()).toBe('Rectification register');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-testid="subtitle"]').textContent()).toBe(
      'Up to 2026-03-22: periods 1–3 of 4',
    );
    expect(await page.locator('[data-testid="card-overdue"] .n').textContent()).toBe('2');
    const rows = page.locator('#table-problems tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.first().locator('td').allTextContents()).toEqual([
      'v-0001',
      '2026-03-04',
      'ci-main',
      'routine',
      'law-enforcement',
      'case files incomplete',
      'Li Wei',
      '2026-03-06',
      'overdue · 16 days past the deadline',
      '',
      'v-0006, 2026-03-16 · late · compliant',
    ]);
    expect(await page.locator('#table-complaints tbody tr td').allTextContents()).toEqual([
      'v-0010',
      '2026-03-19',
      'tp-rural',
      'complaint 2026-044',
      'problems',
      '1',
      '0',
      '2026-03-20',
      'not yet',
    ]);
    expect(await page.locator('#table-unrecorded tbody tr').count()).toBe(6);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Chinese, office: lang zh-CN, the warning, the dates as 督察 writes them; hostile text shown as text', async () => {
    const r = register(schedule, hostile, { asOf: '2026-03-18', audience: 'office' });
    const { context, blocked } = await chromiumPages.isolatedContext();
    const { page, errors } = await openPage(context, registerHtml(r, { lang: 'zh-CN' }));
    expect(await page.title()).toBe('整改台账');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('[data-testid="confidential"]').textContent()).toMatch(/^仅供督察部门内部使用/);
    expect(await page.locator('[data-testid="subtitle"]').textContent()).toBe(
      '截至2026年3月18日（督察部门内部使用）',
    );
    const first = await page.locator('#table-problems tbody tr').first().locator('td').allTextContents();
    expect(first.slice(0, 4)).toEqual(['v-0001', '2026年3月4日', 'ci-main', '随机抽查']);
    expect(first[8]).toBe('已逾期 · 逾期12天');
    expect(first[10]).toBe('v-0006，2026年3月16日 · 补回访 · 合格');
    // every hostile string is on the page as text, none as markup
    const cells = await page.locator('#table-problems tbody td').allTextContents();
    for (const p of r.problems) {
      expect(cells).toContain(p.text);
      expect(cells).toContain(p.responsible);
    }
    expect(await page.locator('script, img, svg[onload]').count()).toBe(0);
    expect(await page.locator('#complaints [data-testid="complaints-none"]').textContent()).toBe(
      '无定向督察检查。',
    );
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
