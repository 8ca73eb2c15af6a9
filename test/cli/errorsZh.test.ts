import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { input as smallInput, planned as smallSchedule } from '../outcomes/smallSchedule.js';
import { smallPlan, substituteArgs, writeIn } from './smallPlan.js';

// The CLI's errors in Chinese (`--lang zh-CN`, or LANG=zh_CN.UTF-8): every message names the field
// (its path, or the file, row and column of a spreadsheet) and says, in Chinese, what to change.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-zh-errors-'));
const names: Record<string, string> = { 'i-1': '陈静', 'i-2': '王磊', 'i-3': '李娜', 'i-4': '张伟' };
const base = smallPlan('errors-in-chinese');
const input = {
  ...base,
  units: base.units.map((u) => (u.id === 'ps-a' ? { ...u, id: 'ps-chengguan', name: '城关派出所' } : u)),
  inspectors: base.inspectors.map((i) => ({ ...i, id: `insp-${i.id}`, name: names[i.id] })),
};
const files = { input: writeIn(dir, 'plan.json', input), schedule: join(dir, 'schedule.json') };

/** `fairdraw plan` on `input` changed by `change`, in Chinese: its exit code and what it printed on stderr. */
function planZh(name: string, change: (p: any) => void): { code: number; stderr: string } {
  const p = structuredClone(input) as any;
  change(p);
  const { code, stderr = '' } = run(['plan', writeIn(dir, name, p), '--lang', 'zh-CN'], { env: {} });
  return { code, stderr };
}

describe('the CLI writes its errors in Chinese with --lang zh-CN', () => {
  it('a risk below 0: names the field, says what it must be', () => {
    const { code, stderr } = planZh('risk.json', (p) => (p.units[1].risk = -1));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'fairdraw: units[1].risk: 不得小于 0\n' +
        '  units[1].risk: 不得小于 0\n' +
        '  units[1].risk: 必须为 0 或不小于 1e-9，实际为 -1（只有比值有意义：把所有风险权重乘以同一个系数即可调入范围）\n',
    );
  });

  it('a risk written as text, a misspelt field, a missing section', () => {
    expect(planZh('type.json', (p) => (p.units[0].risk = '高')).stderr).toBe(
      'fairdraw: units[0].risk: 应为数值，实际为文本\n',
    );
    expect(planZh('field.json', (p) => (p.units[2].riks = 1)).stderr).toBe(
      'fairdraw: units[2].riks: 未知字段：请检查拼写，或删去此字段\n',
    );
    expect(planZh('routine.json', (p) => delete p.routine).stderr).toBe(
      'fairdraw: routine: 缺少此项（应为对象 {…}）\n',
    );
  });

  it('a zone, a period and a horizon that cannot be', () => {
    expect(planZh('zone.json', (p) => (p.horizon.zone = 'Asia/Shanghia')).stderr).toBe(
      'fairdraw: horizon.zone: 未知的 IANA 时区 "Asia/Shanghia"\n',
    );
    expect(planZh('period.json', (p) => (p.horizon.period = 'weak')).stderr).toBe(
      'fairdraw: horizon.period: 必须是 "day"、"week"、"month"、"quarter" 之一，实际为 "weak"\n',
    );
    expect(planZh('start.json', (p) => (p.horizon.start = '2026-03-01')).stderr).toBe(
      'fairdraw: horizon.start: 开始日期不得晚于结束日期 horizon.end（2026-03-01 > 2026-02-01）\n',
    );
    expect(planZh('date.json', (p) => (p.horizon.end = '2026-02-30')).stderr).toContain(
      'fairdraw: horizon.end: 必须是日历上存在的日期\n',
    );
  });

  it('a unit named instead of its id: did you mean, in Chinese', () => {
    const { stderr } = planZh('home.json', (p) => (p.inspectors[0].homeUnit = '城关派出所'));
    expect(stderr).toBe(
      'fairdraw: inspectors[0].homeUnit: 没有编号为 "城关派出所" 的单位；是否应为 "ps-chengguan"（其名称为城关派出所）？\n',
    );
  });

  it('inspectors too few for the teams: what keeps them off, and what to change', () => {
    const { code, stderr } = planZh('team.json', (p) => (p.team = { size: 5 }));
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^fairdraw: inspectors: 8 次检查无法配齐督察员。8 次检查符合条件的督察员少于检查组人数 team\.size 5：督察员太少。解决办法：增加督察员，或减少 team\.size。每次检查的情况见错误的 problems 列表。\n/,
    );
    expect(stderr).toContain('  visits[v-0001]: 单位 ');
    expect(stderr).toContain(
      '需要 5 名督察员，符合条件的只有 4 名（insp-i-1、insp-i-2、insp-i-3、insp-i-4）\n',
    );
  });

  it('a spreadsheet cell: file, row and column, then what is wrong', async () => {
    const units = writeIn(
      dir,
      'units.csv',
      '编号,名称,警种,风险\nps-01,城关派出所,派出所,3\nps-02,螺河派出所,派出所,高\n',
    );
    const out = join(dir, 'from-sheets.json');
    const result = await runAsync(
      [
        'init',
        '--units',
        units,
        '--start',
        '2027-01-04',
        '--end',
        '2027-12-31',
        '--out',
        out,
        '--lang',
        'zh-CN',
      ],
      { env: {} },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`fairdraw: ${units}, 第3行, 风险列: "高" 不是数字\n`);
  });

  it('an inspector given by name on the command line', () => {
    expect(run(['plan', files.input, '--out', files.schedule, '--quiet'], { env: {} }).code).toBe(0);
    const byName = run([...substituteArgs(files, '陈静', '2026-01-06'), '--lang', 'zh-CN'], { env: {} });
    expect(byName.code).toBe(2);
    expect(byName.stderr).toBe(
      'fairdraw: change.inspector: 没有编号为 "陈静" 的督察员；是否应为 "insp-i-1"（其名称为陈静）？\n',
    );
  });

  it('a file that is missing, or not JSON, and a period that is not one', () => {
    const missing = join(dir, 'nowhere.json');
    expect(run(['plan', missing, '--lang', 'zh-CN'], { env: {} }).stderr).toBe(
      `fairdraw: ${missing}: 无法读取文件（ENOENT）\n`,
    );
    const notJson = writeIn(dir, 'broken.json', '{"seed": ');
    expect(run(['plan', notJson, '--lang', 'zh-CN'], { env: {} }).stderr).toMatch(
      /^fairdraw: .*broken\.json: 不是有效的 JSON（.+）\n$/,
    );
    expect(run(['reveal', files.input, files.schedule, 'x', '--lang', 'zh-CN'], { env: {} }).stderr).toBe(
      'fairdraw: period: 必须是周期编号（从1开始）或 "summary"，实际为 "x"\n',
    );
  });

  it('follows LANG=zh_CN.UTF-8 without --lang, and stays English with --lang en', () => {
    const bad = writeIn(dir, 'zone-env.json', { ...input, horizon: { ...input.horizon, zone: 'Beijing' } });
    expect(run(['plan', bad], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toBe(
      'fairdraw: horizon.zone: 未知的 IANA 时区 "Beijing"\n',
    );
    expect(run(['plan', bad, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toBe(
      'fairdraw: horizon.zone: unknown IANA zone "Beijing"\n',
    );
  });

  it('outcomes: an unknown visit and a second record, another schedule, a cell of the outcomes sheet', async () => {
    const hash = smallSchedule.manifest.scheduleHash;
    const schedule = writeIn(dir, 'small.schedule.json', smallSchedule);
    const records = [
      { visit: 'v-0099', result: 'compliant' },
      { visit: 'v-0002', result: 'compliant' },
      { visit: 'v-0002', result: 'not-done' },
    ];
    const registerZh = (outcomes: string) =>
      runAsync(['register', schedule, outcomes, '--as-of', '2026-03-29', '--lang', 'zh-CN'], { env: {} });
    const twice = await registerZh(writeIn(dir, 'twice.json', { schedule: hash, records }));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      'fairdraw: outcomes.records[0].visit: 未知的检查编号 "v-0099"：督察日程中没有这次检查；是否应为 "v-0009"？\n' +
        '  outcomes.records[0].visit: 未知的检查编号 "v-0099"：督察日程中没有这次检查；是否应为 "v-0009"？\n' +
        '  outcomes.records[2].visit: 检查 v-0002 的第二条记录（第一条是 outcomes.records[1]）：每次检查只登记一条记录\n',
    );
    const other = await registerZh(writeIn(dir, 'other.json', { schedule: '0'.repeat(64), records: [] }));
    expect(other.stderr).toBe(
      `fairdraw: outcomes.schedule: ${'0'.repeat(64)} 不是本督察日程的日程哈希值（${hash}），本督察日程也没有更早的版本：这些检查结果是针对另一份督察日程登记的\n`,
    );
    const sheet = writeIn(dir, 'outcomes.csv', '检查编号,结果,问题类别\nv-0001,合格,执法办案\n');
    expect((await registerZh(sheet)).stderr).toBe(
      `fairdraw: ${sheet}, 第2行, 问题类别列: 只有结果为 发现问题 (problems) 的行才填写问题；本行的结果为 合格 (compliant)\n`,
    );
  });

  it('a bad --by or --level of estimate, and bad dates of next-year', () => {
    const plan = writeIn(dir, 'small.plan.json', smallInput);
    const schedule = writeIn(dir, 'small.schedule.json', smallSchedule);
    const outcomes = writeIn(dir, 'small.outcomes.json', {
      schedule: smallSchedule.manifest.scheduleHash,
      records: [{ visit: 'v-0001', result: 'compliant' }],
    });
    const firstLine = (argv: string[]) => {
      const { code, stderr = '' } = run([...argv, '--lang', 'zh-CN'], { env: {} });
      expect(code).toBe(2);
      return stderr.split('\n')[0];
    };
    const estimate = ['estimate', plan, schedule, outcomes, '--as-of', '2026-03-29'];
    expect(firstLine([...estimate, '--by', 'unit'])).toBe(
      'fairdraw: 选项 --by 须为 all、type、region、category、campaign 之一，实际为 "unit"',
    );
    expect(firstLine([...estimate, '--level', '95'])).toBe(
      'fairdraw: 选项 --level 须为 0 到 1 之间的数，如 0.95，实际为 "95"',
    );
    const nextYear = ['next-year', plan, schedule, outcomes, '--out', join(dir, 'plan-next.json')];
    expect(firstLine([...nextYear, '--start', '2027-02-30', '--end', '2027-12-31'])).toBe(
      'fairdraw: 选项 --start 须为 yyyy-mm-dd 格式的存在的日期，实际为 "2027-02-30"',
    );
    const english = run([...nextYear, '--start', '2027-02-30', '--end', '2027-12-31', '--lang', 'en'], {
      env: {},
    });
    expect(english.stderr?.split('\n')[0]).toBe(
      'fairdraw: option --start: must be an existing date yyyy-mm-dd, got "2027-02-30"',
    );
    expect(firstLine([...nextYear, '--start', '2027-12-31', '--end', '2027-01-04'])).toBe(
      'fairdraw: 选项 --start 不得晚于 --end（2027-12-31 > 2027-01-04）',
    );
    expect(firstLine([...nextYear, '--start', '2027-01-04', '--end', '2027-12-31', '--as-of', 'today'])).toBe(
      'fairdraw: 选项 --as-of 须为 yyyy-mm-dd 格式的日期，实际为 "today"',
    );
  });
});
