import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { runAsync } from '../../src/cli/run.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import { replan } from '../../src/schedule/replan.js';
import { followedUp, input, planned } from '../outcomes/smallSchedule.js';
import { writeXlsx } from './bureau.js';

// fairdraw register and fairdraw replan --outcomes, end to end through files.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-register-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const schedulePath = file('schedule.json', followedUp.schedule);
const outcomesPath = file('outcomes.json', followedUp.outcomes);

describe('fairdraw register', () => {
  it('prints the public register and writes the page, the CSV tables and the workbook', async () => {
    const html = join(dir, 'register.html');
    const xlsx = join(dir, 'register.xlsx');
    const out = await runAsync([
      'register',
      schedulePath,
      outcomesPath,
      '--as-of',
      '2026-03-18',
      '--html',
      html,
      '--csv',
      `${dir}/tables/`,
      '--xlsx',
      xlsx,
      '--lang',
      'en',
    ]);
    expect(out.stderr).toBeUndefined();
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        'rectification register (public) up to 2026-03-15',
        '  3 problems: 2 being rectified, 1 overdue, 0 rectified',
        '  0 complaints, 0 awaiting feedback',
        '  2 visits without a recorded outcome',
        '',
        `wrote ${html}, ${dir}/tables/problems.csv, ${dir}/tables/complaints.csv, ${dir}/tables/unrecorded.csv, ${xlsx}`,
        '',
      ].join('\n'),
    );
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Public register');
    // the follow-ups are in week 3, not ended: neither their ids nor their dates
    for (const id of ['v-0006', 'v-0009']) expect(page).not.toContain(id);
    expect(page).not.toContain('2026-03-16');
    const problems = readFileSync(join(dir, 'tables', 'problems.csv'), 'utf8');
    expect(problems.split('\r\n')[0]).toBe(
      'Visit,Date,Unit,Kind,Category,Problem,Responsible person,Deadline,State,Rectified on,Follow-up visit',
    );
    expect(problems).toContain(
      'v-0001,2026-03-04,ci-main,routine,law-enforcement,case files incomplete,Li Wei,2026-03-06,overdue · 9 days past the deadline,,scheduled',
    );
    const sheet = (await readSheet(readFileSync(xlsx), 'problems')) as unknown[][];
    expect(sheet.map((row) => row.map((c) => (c === null ? '' : String(c))).join(','))).toEqual(
      problems
        .trimEnd()
        .split('\r\n')
        .map((line) => line.replaceAll('"', '')),
    );
  });

  it('in Chinese, for the office, from an .xlsx outcomes sheet with Chinese headers', async () => {
    const rows = [
      [
        '检查编号',
        '结果',
        '问题类别',
        '问题描述',
        '责任人',
        '整改期限',
        '整改完成日期',
        '投诉人反馈日期',
        '单位反馈日期',
      ],
      ['v-0001', '发现问题', 'law-enforcement', '案卷不全', '李伟', '2026-03-06', '', '', ''],
      ['v-0002', '合格', '', '', '', '', '', '', ''],
      ['v-0010', '发现问题', 'service', '接警不及时', '王磊', '2026-03-25', '', '2026-03-20', ''],
    ];
    const sheet = await writeXlsx(join(dir, 'outcomes.xlsx'), rows);
    const html = join(dir, 'office.html');
    const out = await runAsync([
      'register',
      schedulePath,
      sheet,
      '--as-of',
      '2026-03-20',
      '--office',
      '--html',
      html,
      '--lang',
      'zh-CN',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout!.split('\n').slice(0, 4)).toEqual([
      '整改台账，截至2026-03-20（内部使用，不得公开）',
      '  问题2个：整改中1个，已逾期1个，已整改0个',
      '  投诉件1件，待反馈1件',
      '  尚未录入结果的检查8次',
    ]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('仅供督察部门内部使用');
    expect(page).toContain('v-0006，2026年3月16日 · 补回访');
    expect(page).toContain('逾期14天');
  });

  it('names the file, row and column of a wrong cell of the outcomes sheet (exit 2)', async () => {
    const sheet = await writeXlsx(join(dir, 'bad.xlsx'), [
      ['检查编号', '结果'],
      ['v-0002', '好'],
    ]);
    const out = await runAsync(['register', schedulePath, sheet, '--as-of', '2026-03-20', '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`fairdraw: ${sheet}, row 2, column 结果: "好" is not a result`);
  });
});

describe('fairdraw replan --outcomes', () => {
  const early = file('early.json', followedUp.early);
  const planPath = file('plan.json', input);

  it('adds a follow-up for every recorded problem with a deadline, as the library does, and none twice', async () => {
    const before = file('planned.json', planned);
    const out = await runAsync([
      'replan',
      planPath,
      before,
      '--from',
      '2026-03-16',
      '--reason',
      'follow-ups',
      '--outcomes',
      early,
      '--lang',
      'en',
    ]);
    expect(out.stderr).toBeUndefined();
    expect(out.stdout).toContain(
      'added 2 follow-ups for recorded problems (1 late: due before --from, made on its first working day)',
    );
    const written = JSON.parse(readFileSync(before, 'utf8'));
    const findings = followUpFindings(planned, followedUp.early, '2026-03-16');
    const expected = replan(input, planned, {
      from: '2026-03-16',
      reason: 'follow-ups',
      changes: { findings },
    });
    expect(written).toEqual(JSON.parse(JSON.stringify(expected)));
    const again = await runAsync([
      'replan',
      planPath,
      before,
      '--from',
      '2026-03-23',
      '--reason',
      'follow-ups',
      '--outcomes',
      early,
      '--lang',
      'en',
    ]);
    expect(again).toEqual({
      code: 0,
      stdout: 'every recorded problem with a deadline has a follow-up already\n',
    });
    expect(JSON.parse(readFileSync(before, 'utf8'))).toEqual(written);
  });

  it('takes the outcomes from a CSV sheet and adds their findings to those of the changes file', async () => {
    const before = file('planned2.json', planned);
    const csv = file('early.csv', 'visit,result,category,deadline\r\nv-0001,problems,a,2026-03-06\r\n');
    const changes = file('changes.json', { risk: { 'ps-east': 3 } });
    const out = await runAsync([
      'replan',
      planPath,
      before,
      changes,
      '--from',
      '2026-03-16',
      '--reason',
      'x',
      '--outcomes',
      csv,
      '--out',
      join(dir, 'out2.json'),
    ]);
    expect(out.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out2.json'), 'utf8'));
    expect(written.log.at(-1).changes).toEqual({
      risk: { 'ps-east': 3 },
      findings: [{ unit: 'ci-main', date: '2026-03-04', deadline: '2026-03-06' }],
    });
    expect(existsSync(before)).toBe(true);
  });
});
