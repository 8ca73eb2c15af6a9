// `fairdraw tasks --lang zh-CN`: the text, the page, the ICS file and the workbook in Chinese, the same
// bytes as the library gives in Chinese. (English: tasks.test.ts and xlsx.test.ts, unchanged.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { taskTable } from '../../src/cli/tables.js';
import { taskSheetsIcs } from '../../src/cli/tasksIcs.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { taskSheetsHtml } from '../../src/report/taskSheetsHtml.js';
import { countySchedule } from '../report/county.js';
import { namedCounty } from '../report/namedCounty.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-tasks-zh-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const county = file('county.schedule.json', countySchedule());
const named = file('named.schedule.json', namedCounty());

describe('fairdraw tasks --lang zh-CN', () => {
  it('prints the sheets of the day in Chinese, with the names the schedule gives', () => {
    const result = run(['tasks', named, '--date', '2026-05-11', '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(result.stdout).toBe(
      [
        '2026年5月11日 星期一 督察任务单：4名督察员，2项检查',
        `日程哈希值 ${countySchedule().manifest.scheduleHash}`,
        '',
        'insp-14：1项检查',
        '  v-0110  北区巡警大队（pt-north）  随机抽查',
        '      同组督察员：insp-17',
        '      日常随机抽查，检查对象由随机抽签确定。',
        '',
        'insp-17：1项检查',
        '  v-0110  北区巡警大队（pt-north）  随机抽查',
        '      同组督察员：insp-14',
        '      日常随机抽查，检查对象由随机抽签确定。',
        '',
        '陈静（insp-19）：1项检查',
        '  v-0109  夏集派出所（ps-xiaji）  整改回访',
        '      同组督察员：王磊（insp-25）',
        '      回访2026年4月29日检查发现的问题，整改期限为2026年5月9日：核实是否已整改到位。',
        '',
        '王磊（insp-25）：1项检查',
        '  v-0109  夏集派出所（ps-xiaji）  整改回访',
        '      同组督察员：陈静（insp-19）',
        '      回访2026年4月29日检查发现的问题，整改期限为2026年5月9日：核实是否已整改到位。',
        '',
      ].join('\n'),
    );
    const sunday = run(['tasks', county, '--date', '2026-05-10', '--lang', 'zh-CN']).stdout;
    expect(sunday).toContain('2026年5月10日 星期日 无检查任务');
    const none = run(['tasks', county, '--date', '2026-05-11', '--inspector', 'insp-01', '--lang', 'zh-CN']);
    // the golden county names its inspectors (in English): the name the plan gives, beside the id
    expect(none.stdout).toContain('\nWang Lei（insp-01）：0项检查\n  当日无检查任务。');
    // without --lang, the locale of the tests (C) gives English
    expect(run(['tasks', county, '--date', '2026-05-10']).stdout).toContain('no visit on Sunday 2026-05-10');
  });

  it('writes the page, the calendar file and the workbook in Chinese, as the library does', async () => {
    const html = join(dir, 'tasks.html');
    const ics = join(dir, 'tasks.ics');
    const xlsx = join(dir, 'tasks.xlsx');
    const args = ['tasks', named, '--date', '2026-05-11', '--html', html, '--ics', ics, '--xlsx', xlsx];
    const result = await runAsync([...args, '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\n已写入 ${html}、${ics}、${xlsx}\n`);
    const sheets = taskSheets(namedCounty(), { date: '2026-05-11' });
    expect(readFileSync(html, 'utf8')).toBe(taskSheetsHtml(sheets, { lang: 'zh-CN' }));
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(readFileSync(ics, 'utf8')).toBe(taskSheetsIcs(sheets, 'zh-CN'));
    expect(readFileSync(ics, 'utf8')).toContain('\r\nX-WR-CALNAME:督察任务单 2026年5月11日\r\n');
    const rows = (await readSheet(readFileSync(xlsx), '督察任务单')) as unknown[][];
    expect(rows[0]).toEqual([
      '日期',
      '督察员',
      '检查编号',
      '单位编号',
      '单位名称',
      '检查类型',
      '同组督察员',
      '检查事由',
    ]);
    expect(rows.map((r) => r.map((c) => (c === null ? '' : c)))).toEqual(taskTable(sheets, 'zh-CN'));
    // the title given replaces the heading only
    run([
      'tasks',
      named,
      '--date',
      '2026-05-11',
      '--html',
      html,
      '--title',
      '城关县公安局',
      '--lang',
      'zh-CN',
    ]);
    expect(readFileSync(html, 'utf8')).toContain('<h1>城关县公安局</h1>');
  });
});
