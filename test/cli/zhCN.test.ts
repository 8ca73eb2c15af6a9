import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { USAGE, usage } from '../../src/cli/usage.js';
import { bureauUnits, writeCsv } from './bureau.js';

// The command line in the bureau's own language: with --lang zh-CN (or a zh_CN locale) every summary,
// status line, warning and usage error is Chinese, dates are written 2026年1月5日, and CSV files carry
// the byte-order mark Excel needs. Ids, hashes, file names and flags stay as they are.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-zh-'));
const path = (name: string) => join(dir, name);
writeFileSync(path('plan.json'), readFileSync('examples/county.json'));
const zh = (...argv: string[]) => run([...argv, '--lang', 'zh-CN']);
const planned = zh('plan', path('plan.json'), '--out', path('schedule.json'), '--csv', path('visits.csv'));
const schedule = JSON.parse(readFileSync(path('schedule.json'), 'utf8'));
const hash: string = schedule.manifest.scheduleHash;
const CJK = /[\u4e00-\u9fff]/;

describe('--lang zh-CN', () => {
  it('plan: the summary in Chinese, with Chinese dates and the glossary, and the warning on stderr', () => {
    expect(planned.code).toBe(0);
    const lines = planned.stdout!.split('\n');
    expect(lines[0]).toBe(
      'fairdraw：2026年1月5日至2026年12月27日（Asia/Shanghai），共51周，40个单位，25名督察员',
    );
    expect(lines[1]).toMatch(/^随机抽查：\d+次，公平方式 risk，协调方式 horizon，均衡方式 type，算法 /);
    expect(lines).toContain(
      '专项督察 spring-crackdown：10次，2026年3月2日至2026年4月30日，范围内14个单位，公平方式 equal，抽样设计 maxent',
    );
    expect(lines).toContain('定向督察：2次（不随机抽取，不占随机抽查名额）');
    expect(lines).toContain(`日程哈希值 ${hash}`);
    expect(lines).toContain(`输入哈希值 ${schedule.manifest.inputHash}`);
    expect(lines).toContain(`种子承诺值 ${schedule.manifest.seedCommitment}`);
    expect(lines).toContain('前2周的检查：');
    expect(lines).toContain('督察员工作量（检查次数：按警种）：');
    // the first visit, its date in Chinese; the dates of the list padded to one width
    const first = schedule.visits[0];
    expect(planned.stdout).toMatch(new RegExp(`\\n {2}${first.id} {2}2026年1月5日 {3}${first.unit} `));
    // no word of the English summary is left
    for (const english of ['visits', 'inspector loads', 'schedule hash', 'police type', 'periods'])
      expect(planned.stdout).not.toContain(english);
    expect(planned.stderr).toMatch(/^fairdraw: 警告：随机种子是普通字符串，而且可以被猜到/);
    expect(planned.stderr).toContain('fairdraw commit');
  });

  it('plan --csv starts with the byte-order mark, without --bom', () => {
    expect([...readFileSync(path('visits.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('verify, reveal, verify-period and results say what they did in Chinese, periods from 1', () => {
    expect(zh('verify', path('plan.json'), path('schedule.json'))).toEqual({
      code: 0,
      stdout: `核验通过：${path('schedule.json')}（对照 ${path('plan.json')}）\n`,
    });
    const revealed = zh(
      'reveal',
      path('plan.json'),
      path('schedule.json'),
      '8',
      '--as-of',
      '2026-03-02',
      '--out',
      path('r.json'),
    );
    expect(revealed).toEqual({ code: 0, stdout: `已将第8个周期的揭示写入 ${path('r.json')}\n` });
    expect(JSON.parse(readFileSync(path('r.json'), 'utf8')).period).toBe(7);
    expect(zh('verify-period', path('r.json'), hash)).toEqual({
      code: 0,
      stdout: `核验通过：${path('r.json')} 中的第8个周期（日程哈希值 ${hash}）\n`,
    });
    const results = zh('results', path('r.json'), hash);
    expect(results.code).toBe(0);
    const lines = results.stdout!.split('\n');
    expect(lines[0]).toBe(`第8个周期督察结果（共51个周期）：对照已公布的日程哈希值 ${hash} 核验通过`);
    expect(lines[1]).toMatch(/^2026年2月2\d日(至2026年[23]月\d+日)? · 检查\d+次 · 涉及\d+个单位：$/);
    expect(lines[2]).toMatch(/^ {2}2026年2月2\d日 周[一二三四五六日] {2}\S+ +insp-\d+/);
    // forced early: the warning in Chinese, with the period's number and dates
    const early = zh(
      'reveal',
      path('plan.json'),
      path('schedule.json'),
      '9',
      '--as-of',
      '2026-03-02',
      '--force',
    );
    expect(early.code).toBe(0);
    expect(early.stderr).toBe(
      'fairdraw: 警告：第9个周期（2026年3月2日至2026年3月8日）截至2026年3月2日尚未结束：现在揭示会提前公开仍将不预先通知进行的检查；已按 --force 照样揭示\n',
    );
    // a tampered reveal: NOT verified, in Chinese, each difference listed
    const reveal = JSON.parse(readFileSync(path('r.json'), 'utf8'));
    reveal.visits[0].date = '2026-02-28';
    writeFileSync(path('bad.json'), JSON.stringify(reveal));
    const bad = zh('verify-period', path('bad.json'), hash);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^核验未通过：.* 中的第8个周期（日程哈希值 [0-9a-f]{64}）：\d+处不一致\n {2}\S+：应为 /,
    );
  });

  it('report: the fairness report as text in Chinese, interim and full', () => {
    const interim = zh('report', path('schedule.json'), '--as-of', '2026-06-01', '--csv', path('report/'));
    expect(interim.code).toBe(0);
    const lines = interim.stdout!.split('\n');
    expect(lines[0]).toBe(
      '阶段报告：涵盖第1至21个周期（共51个），截至2026年5月31日。尚未结束的周期不在本报告之列。',
    );
    expect(lines[1]).toBe('公平性报告：2026年1月5日至2026年5月31日，21个周期，40个单位，8个警种，25名督察员');
    expect(lines[2]).toMatch(
      /^检查：\d+次（随机抽查 \d+，专项督察 10，整改回访 1）；只有随机抽查属于承诺范围$/,
    );
    expect(interim.stdout).toContain('（截至目前；该承诺针对整个计划期，在计划期结束时核验）');
    expect(interim.stdout).toContain(`\n已写出 ${join(path('report'), 'units.csv')}、`);
    expect([...readFileSync(join(path('report'), 'units.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const full = zh('report', path('schedule.json'), '--as-of', '2026-12-27').stdout!;
    expect(full).toMatch(/^公平性报告：2026年1月5日至2026年12月27日，51个周期/);
    expect(full).toContain('\n日历：');
    // the tables stay aligned: the header's Chinese labels count two columns each
    const header = full.split('\n').find((l) => l.startsWith('警种'))!;
    const row = full.split('\n').find((l) => l.startsWith('police-station'))!;
    const width = (s: string) => [...s].reduce((n, ch) => n + (CJK.test(ch) ? 2 : 1), 0);
    // police type 26, units 6, probabilities 16, expected 10: both end in column 58
    expect(width(header.slice(0, header.indexOf('期望次数') + 4))).toBe(58);
    expect(row.slice(0, 58)).toMatch(/\d$/);
    expect(row[58]).toBe(' ');
  });

  it('tasks, substitute and notice print their lines in Chinese', () => {
    const day = schedule.visits.find((v: { period: number }) => v.period === 8).date as string;
    const tasks = zh('tasks', path('schedule.json'), '--date', day).stdout!;
    expect(tasks).toMatch(/^2026年3月\d+日 星期[一二三四五] 督察任务单：\d+名督察员，\d+项检查\n日程哈希值 /);
    // the day's first inspector (by id), by the name the plan gives, beside the id
    const first = schedule.visits
      .filter((v: { date: string }) => v.date === day)
      .flatMap((v: { inspectors: string[] }) => v.inspectors)
      .sort()[0] as string;
    const name = schedule.inspectors.find((x: { id: string }) => x.id === first).name as string;
    expect(name).toBeTruthy();
    expect(tasks).toContain(`\n\n${name}（${first}）：`);
    expect(tasks).toMatch(/\n[^\n]+（insp-\d+）：\d+项检查\n/);
    expect(tasks).toContain('同组督察员：');
    const notice = zh('notice', path('plan.json'), path('schedule.json'), '--csv', path('notice/'));
    expect(notice.stdout).toBe(
      `日程 ${hash} 的年度督察计划公示：40个单位，51个周期，25名督察员；未点名任何检查\n` +
        `已写出 ${join(path('notice'), 'frame.csv')}、${join(path('notice'), 'rules.csv')}\n`,
    );
    const visit = schedule.visits.find((v: { period: number }) => v.period === 10);
    const substituted = zh(
      'substitute',
      path('plan.json'),
      path('schedule.json'),
      '--inspector',
      visit.inspectors[0],
      '--dates',
      visit.date,
      '--reason',
      '病假',
      '--at',
      '2026-03-10T08:00:00+08:00',
      '--out',
      path('substituted.json'),
    ).stdout!;
    expect(substituted).toMatch(
      new RegExp(
        `^已更换督察员 ${visit.inspectors[0]}，涉及\\d+次检查：\\n {2}${visit.id} {2}2026年3月\\d+日 `,
      ),
    );
    expect(substituted).toMatch(/\n新的日程哈希值 [0-9a-f]{64}\n请连同日期和原因一并公布/);
  });

  it('init: what the plan file holds and what comes next, in Chinese', async () => {
    const units = writeCsv(path('units.csv'), bureauUnits(), 'utf-8');
    const made = await runAsync([
      'init',
      '--units',
      units,
      '--start',
      '2027-01-04',
      '--end',
      '2027-12-31',
      '--out',
      path('init.json'),
      '--lang',
      'zh-CN',
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`已由 ${units} 写出 ${path('init.json')}：`);
    expect(made.stdout).toContain('  计划期      2027年1月4日至2027年12月31日（Asia/Shanghai）：共52周');
    expect(made.stdout).toContain('  单位        25个，分属8个警种');
    expect(made.stdout).toContain('  督察员      无（加 --inspectors 可为检查分配督察员）');
    expect(made.stdout).toContain('下一步：');
  });

  it('usage errors, option errors and the help text in Chinese; command names and flags unchanged', () => {
    const help = zh('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(usage('zh-CN'));
    expect(help.stdout).toMatch(/^fairdraw \S+：公平、随机、可核验的督察检查日程\n\n用法：\n/);
    // every command line of the English help is in the Chinese one, word for word up to its first argument
    for (const line of USAGE.split('\n').filter((l) => l.startsWith('  fairdraw ')))
      expect(help.stdout).toContain(line.split(/ [<[]/)[0]!);
    expect(zh('plan', '--bogus').stderr).toMatch(/^fairdraw: 未知选项 --bogus\n\nfairdraw \S+：/);
    expect(zh('plan', path('plan.json'), '--weeks', '2.5').stderr).toMatch(
      /^fairdraw: 选项 --weeks 须为 0 到 1000 之间的整数，实际为 "2\.5"\n/,
    );
    expect(zh('report', path('schedule.json'), '--as-of', '2026-1-1').stderr).toMatch(
      /^fairdraw: 选项 --as-of 须为 yyyy-mm-dd 格式的日期，实际为 "2026-1-1"\n/,
    );
    expect(zh('plan').stderr).toMatch(/^fairdraw plan: 参数应为 一个计划文件\n\n/);
    expect(zh('frobnicate').stderr).toMatch(/^fairdraw: 未知命令 "frobnicate"\n/);
    expect(run(['--lang', 'zh-CN']).stderr).toMatch(/^fairdraw: 未指定命令\n/);
    // the errors of the library are not translated here: they stay as the library says them
    expect(zh('reveal', path('plan.json'), path('schedule.json'), '0').stderr).toMatch(
      /^fairdraw: period: must be a period number from 1 to 51/,
    );
  });
});

describe('the language of the locale', () => {
  it('LANG=zh_CN.UTF-8 without --lang gives Chinese; --lang en overrides it; C gives English', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    const args = ['verify', path('plan.json'), path('schedule.json')];
    expect(run(args, { env }).stdout).toMatch(/^核验通过：/);
    expect(run([...args, '--lang', 'en'], { env }).stdout).toMatch(/^verified: /);
    expect(run(args, { env: { LANG: 'C.UTF-8' } }).stdout).toMatch(/^verified: /);
    const csv = path('env.csv');
    expect(run(['plan', path('plan.json'), '--csv', csv, '--quiet'], { env }).code).toBe(0);
    expect(readFileSync(csv)[0]).toBe(0xef);
    // a wrong --lang is refused in the language of the locale
    expect(run(['--lang', 'fr', 'plan'], { env }).stderr).toMatch(
      /^fairdraw: --lang 须为 en 或 zh-CN，实际为 "fr"/,
    );
    expect(run(['--lang', 'fr', 'plan'], { env: {} }).stderr).toMatch(
      /^fairdraw: --lang must be en or zh-CN, not "fr"/,
    );
  });

  it('English output has no Chinese in it, for a plan without Chinese names', () => {
    const en = run(['plan', path('plan.json'), '--lang', 'en']);
    expect(en.stdout).not.toMatch(CJK);
    expect(en.stderr).not.toMatch(CJK);
    expect(run(['--help', '--lang', 'en']).stdout).toBe(USAGE);
  });
});
