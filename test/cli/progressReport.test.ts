import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import type { Progress } from '../../src/schedule/progress.js';
import { terminal } from '../helpers/terminal.js';
import { outcomesOf } from '../outcomes/fixtures.js';

// Issue 16, item 4: `fairdraw report` shows its progress on a terminal, as `plan` and `verify` do
// (test/cli/progress.test.ts): the library's fairnessReport tells its steps, the command adds the
// page, the tables and the workbook.

const scheduleText = readFileSync('test/golden/county.schedule.json', 'utf8');
const END = '2026-12-27';

function files(): { dir: string; schedule: string; outcomes: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-progress-report-'));
  const schedule = join(dir, 'schedule.json');
  writeFileSync(schedule, scheduleText);
  const outcomes = join(dir, 'outcomes.json');
  const parsed = JSON.parse(scheduleText);
  writeFileSync(
    outcomes,
    JSON.stringify(outcomesOf(parsed, END, (_v, k) => (k % 4 === 0 ? 'problems' : 'compliant'))),
  );
  return { dir, schedule, outcomes };
}

describe('progress of a long report', () => {
  it('the library tells each step as it ends, and the report is the same with or without a listener', () => {
    const schedule = JSON.parse(scheduleText);
    const steps: Progress[] = [];
    const told = fairnessReport(schedule, { asOf: END, onProgress: (p) => steps.push(p) });
    expect(steps.map((p) => `${p.done}/${p.total} ${p.step}`)).toEqual(['1/2 check-schedule', '2/2 tally']);
    expect(JSON.stringify(told)).toBe(JSON.stringify(fairnessReport(schedule, { asOf: END })));
    const outcomes = outcomesOf(schedule, END, () => 'compliant');
    const withEstimates: string[] = [];
    fairnessReport(schedule, {
      asOf: END,
      outcomes,
      onProgress: (p) => withEstimates.push(`${p.done}/${p.total} ${p.step}`),
    });
    expect(withEstimates).toEqual(['1/3 check-schedule', '2/3 tally', '3/3 estimates']);
  });

  it('the CLI draws a bar on a terminal, in the run language, and leaves stdout and the files as they were', async () => {
    const { dir, schedule, outcomes } = files();
    const args = (out: string) => [
      'report',
      schedule,
      '--as-of',
      END,
      '--outcomes',
      outcomes,
      '--html',
      join(dir, `${out}.html`),
      '--csv',
      join(dir, `${out}-`),
      '--xlsx',
      join(dir, `${out}.xlsx`),
    ];
    const tty = terminal();
    const withBar = await runAsync([...args('a'), '--lang', 'en'], { env: {}, progress: tty });
    const without = await runAsync([...args('b'), '--lang', 'en'], { env: {} });
    expect(withBar.code).toBe(0);
    expect(withBar.stderr).toBeUndefined();
    expect(withBar.stdout).toBe(without.stdout?.replaceAll(join(dir, 'b'), join(dir, 'a')));
    for (const name of ['.html', '-units.csv', '-types.csv', '-inspectors.csv', '.xlsx'])
      expect(readFileSync(join(dir, `a${name}`))).toEqual(readFileSync(join(dir, `b${name}`)));
    expect(tty.written).toContain('reporting [');
    // the bar is redrawn once a second: the last step is drawn when it stops
    expect(tty.written).toContain('6/6 workbook made');
    const zh = terminal();
    expect(run(['report', schedule, '--as-of', END, '--lang', 'zh-CN'], { env: {}, progress: zh }).code).toBe(
      0,
    );
    expect(zh.written).toContain('正在生成报告 [');
    expect(zh.written).toContain('2/2 已统计检查');
  });

  it('draws nothing with --quiet, nor without a terminal, and clears the bar when the report fails', () => {
    const { dir, schedule } = files();
    const tty = terminal();
    expect(run(['report', schedule, '--as-of', END, '--quiet'], { env: {}, progress: tty }).code).toBe(0);
    expect(tty.written).toBe('');
    const outcome = run(['report', schedule, '--as-of', END, '--lang', 'en'], { env: {} });
    expect(outcome.stderr ?? '').not.toContain('reporting [');
    // a page that cannot be written: the bar was drawn, then stopped; the error is said as always
    const failing = terminal();
    const failed = run(
      ['report', schedule, '--as-of', END, '--html', join(dir, 'missing', 'r.html'), '--lang', 'en'],
      { env: {}, progress: failing },
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('cannot write file');
    expect(failing.written).toContain('3/3 page written');
  });
});
