import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_LINES, run } from '../../src/cli/run.js';
import { smallPlan, writeIn } from './smallPlan.js';

// An error with many problems prints its summary and at most 10 of them; `--verbose`, a flag of
// every command, prints them all.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-verbose-'));
/** 24 visits over 12 weeks, which no inspector is qualified for. */
const unstaffable = writeIn(dir, 'unstaffable.json', {
  ...smallPlan('verbose'),
  horizon: { start: '2026-01-05', end: '2026-03-29', zone: 'Asia/Shanghai', period: 'week' },
  inspectors: ['i-1', 'i-2', 'i-3', 'i-4'].map((id) => ({ id, types: ['traffic-police'] })),
});
const problemLines = (stderr: string) => stderr.split('\n').filter((l) => /^ {2}visits\[/.test(l));

describe('an infeasible staffing on the command line', () => {
  it('says how many visits cannot be staffed, what binds and what to change, then lists 10 of them', () => {
    const result = run(['plan', unstaffable]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBeUndefined();
    const stderr = result.stderr!;
    const [summary, warning] = stderr.split('\n');
    expect(summary).toBe(
      'fairdraw: inspectors: 24 visits cannot be staffed. 24 visits have fewer eligible inspectors than team.size 2; ' +
        'what keeps the others off, most first: not qualified for the unit type (criminal-investigation, police-station). ' +
        'To fix: add inspectors qualified for criminal-investigation and police-station or reduce team.size. ' +
        "Each visit is listed in the error's problems.",
    );
    // the summary names no visit, unit or date of the secret draw; the lines below do, and say so
    expect(summary).not.toMatch(/v-\d|ps-a|ps-b|cib|2026-/);
    expect(warning).toMatch(/secret until their periods are revealed: do not post these lines/);
    expect(problemLines(stderr)).toHaveLength(PROBLEM_LINES);
    expect(PROBLEM_LINES).toBe(10);
    expect(stderr).toMatch(/\n {2}\.\.\. and 14 more \(--verbose lists them all\)\n$/);
  });

  it('says its warning and how many more there are in the language of the run', () => {
    const stderr = run(['plan', unstaffable, '--lang', 'zh-CN']).stderr!;
    // the error itself is the library's; the lines the command adds around its problems are Chinese
    expect(stderr.split('\n')[1]).toBe('涉及的检查（在其周期揭示之前须保密：不得公布以下各行）：');
    expect(problemLines(stderr)).toHaveLength(PROBLEM_LINES);
    expect(stderr).toMatch(/\n {2}……另有14个问题（加 --verbose 全部列出）\n$/);
  });

  it('lists every visit with --verbose, before or after the command', () => {
    for (const argv of [
      ['plan', unstaffable, '--verbose'],
      ['--verbose', 'plan', unstaffable],
    ]) {
      const result = run(argv);
      expect(result.code).toBe(2);
      expect(problemLines(result.stderr!)).toHaveLength(24);
      expect(result.stderr).not.toContain('more (--verbose');
    }
  });
});

describe('--verbose', () => {
  it('is a flag of every command, and after -- it is an argument like any other', () => {
    const plan = writeIn(dir, 'plan.json', smallPlan('verbose'));
    const hash = run(['hash', plan]);
    expect(run(['hash', plan, '--verbose'])).toEqual(hash);
    expect(run(['plan', plan, '--quiet', '--verbose'])).toEqual({ code: 0 });
    const literal = run(['hash', '--', '--verbose']);
    expect(literal.code).toBe(2);
    expect(literal.stderr).toMatch(/--verbose: cannot read file \(ENOENT\)/);
  });
});
