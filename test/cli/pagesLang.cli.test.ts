// `--lang zh-CN` for `fairdraw report`, `notice` and `results`: the pages are in Chinese, and so are the
// headers of their CSV files (with a byte-order mark, for Excel) and .xlsx sheets; `--lang en` writes them
// as before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { COUNTY_END, countySchedule } from '../report/county.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-pages-lang-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = countySchedule();
const planPath = file('county.json', county);
const schedulePath = file('county.schedule.json', schedule);
const read = (path: string) => readFileSync(path, 'utf8');

describe('fairdraw report --lang', () => {
  it('zh-CN: the page, the CSV headers (with a BOM) and the sheets are in Chinese', async () => {
    const html = join(dir, 'report.zh.html');
    const xlsx = join(dir, 'report.zh.xlsx');
    const out = await runAsync([
      'report',
      schedulePath,
      '--as-of',
      '2026-07-08',
      '--html',
      html,
      '--csv',
      join(dir, 'zh/'),
      '--xlsx',
      xlsx,
      '--quiet',
      '--lang',
      'zh-CN',
    ]);
    expect(out.code).toBe(0);
    const page = read(html);
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>督察日程公平性报告</title>');
    const units = read(join(dir, 'zh/units.csv'));
    const statement =
      '阶段报告：涵盖第1至26个周期（共51个），截至2026年7月5日。尚未结束的周期不在本报告之列。';
    expect(units.startsWith(`\uFEFF${statement}\r\n编号,名称,警种,期望次数,实际次数,`)).toBe(true);
    expect(read(join(dir, 'zh/inspectors.csv'))).toContain('\r\n编号,检查次数,随机抽查,其他检查,');
    const sheet = (await readSheet(readFileSync(xlsx), 'units')) as unknown[][];
    expect(sheet[0]![0]).toBe(statement);
    expect(sheet[1]!.slice(0, 3)).toEqual(['编号', '名称', '警种']);
  });

  it('en: the page and the CSV files as they have always been', () => {
    const html = join(dir, 'report.en.html');
    const out = run([
      'report',
      schedulePath,
      '--as-of',
      COUNTY_END.asOf,
      '--html',
      html,
      '--csv',
      join(dir, 'en/'),
      '--quiet',
      '--lang',
      'en',
    ]);
    expect(out.code).toBe(0);
    expect(read(html)).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(read(join(dir, 'en/units.csv'))).toMatch(/^id,name,type,expected,realised,/);
  });
});

describe('fairdraw notice --lang', () => {
  it('zh-CN: the page and the CSV headers (with a BOM) are in Chinese', () => {
    const html = join(dir, 'notice.zh.html');
    const out = run([
      'notice',
      planPath,
      schedulePath,
      '--html',
      html,
      '--csv',
      join(dir, 'notice-zh/'),
      '--quiet',
      '--lang',
      'zh-CN',
    ]);
    expect(out.code).toBe(0);
    const page = read(html);
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>年度督察计划公示</title>');
    expect(page).toContain('2026年1月5日 星期一至2026年12月27日 星期日');
    expect(read(join(dir, 'notice-zh/frame.csv'))).toMatch(
      /^\uFEFF编号,名称,警种,辖区,启用日期,停用日期,封顶,.*,第1周抽中概率,/,
    );
    expect(read(join(dir, 'notice-zh/rules.csv'))).toMatch(/^\uFEFF字段,值\r\n/);
  });

  it('en: as before', () => {
    const out = run([
      'notice',
      planPath,
      schedulePath,
      '--csv',
      join(dir, 'notice-en/'),
      '--quiet',
      '--lang',
      'en',
    ]);
    expect(out.code).toBe(0);
    expect(read(join(dir, 'notice-en/frame.csv'))).toMatch(/^id,name,type,region,/);
  });
});

describe('fairdraw results --lang', () => {
  it('zh-CN: the page is in Chinese', () => {
    const drawn = plan(county);
    const reveal = file('reveal-9.json', revealPeriod(county, drawn, 8, COUNTY_END));
    const html = join(dir, 'results-9.zh.html');
    const out = run([
      'results',
      reveal,
      drawn.manifest.scheduleHash,
      '--html',
      html,
      '--quiet',
      '--lang',
      'zh-CN',
    ]);
    expect(out.code).toBe(0);
    const page = read(html);
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>第9期督察结果公示（共51期）</title>');
    expect(page).toContain('<h2>核验通过</h2>');
  });
});
