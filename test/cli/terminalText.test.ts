import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fromPool, HOSTILE_KEYS, renamedCounty } from '../report/hostile.js';
import { smallPlan, substituteArgs, writeIn } from './smallPlan.js';

// What the CLI prints cannot be reordered by bidirectional controls (`ps-\u202Etxt.exe` reads as
// `ps-exe.txt`) nor drive the terminal with control characters: each shows as its `\uXXXX` code.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-terminal-'));
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL = /[^\P{Cc}\n]/u;
const write = (name: string, value: unknown) => writeIn(dir, name, value);
const HOSTILE_IDS: Record<string, string> = {
  'ps-a': 'ps-\u202Etxt.exe',
  'ps-b': 'ps-b\u009b2J',
  'criminal-investigation': 'criminal\u2067-investigation',
  'i-1': 'i-\u202E1',
  'i-2': 'i-\u200F2',
};
const small = smallPlan('terminal', (id) => HOSTILE_IDS[id] ?? id);

describe('the CLI shows control and bidirectional characters as codes', () => {
  it('plan: in the summary tables, which stay aligned', () => {
    const result = run(['plan', write('plan.json', small), '--weeks', '4']);
    expect(result.code).toBe(0);
    const out = result.stdout!;
    expect(out).not.toMatch(BIDI);
    expect(out).not.toMatch(CONTROL);
    const rows = out.split('\n');
    const row = (start: string) => rows.find((l) => l.startsWith(start))!;
    expect(row('ps-\\u202etxt.exe ').indexOf('police-station')).toBe(22);
    expect(row('ps-b\\u009b2J ').indexOf('police-station')).toBe(22);
    expect(row('cib ').indexOf('criminal\\u2067-investigation')).toBe(22);
    expect(row('criminal\\u2067-investigation ')).toBeDefined();
    expect(out).toMatch(/ {2}i-\\u202e1 /);
  });

  it('report: in the text report of a schedule full of them', () => {
    const names = ['ps-\u202Etxt.exe', 'a\u2066b\u2069c', '\u200Fx\u200E', '\u061Cy', 'z\u009b31m'];
    const pool = Array.from({ length: HOSTILE_KEYS }, (_, k) => `${names[k % names.length]}#${k}`);
    const result = run([
      'report',
      write('hostile.json', renamedCounty(fromPool(pool))),
      '--as-of',
      '2026-12-27',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(BIDI);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain('ps-\\u202etxt.exe#0');
  });

  it('substitute: in what it prints and in its error messages', () => {
    const input = write('plan.json', small);
    const schedule = join(dir, 'schedule.json');
    expect(run(['plan', input, '--out', schedule, '--quiet'])).toEqual({ code: 0 });
    const visit = JSON.parse(readFileSync(schedule, 'utf8')).visits.find((v: any) =>
      v.inspectors.includes('i-\u202E1'),
    );
    const args = (who: string) => substituteArgs({ input, schedule }, who, visit.date);
    const done = run(args('i-\u202E1'));
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(
      /^substituted i-\\u202e1 on 1 visit\(s\):\n {2}\S+ {2}\d{4}-\d\d-\d\d {2}.*i-\\u202e1.* -> /,
    );
    expect(done.stdout).not.toMatch(BIDI);
    const unknown = run(args('nobody\u202E\u009b'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown inspector id "nobody\\u202e\\u009b"');
    expect(unknown.stderr).not.toMatch(BIDI);
    expect(unknown.stderr).not.toMatch(CONTROL);
  });

  it('reveal: its JSON on stdout stays the same JSON value', () => {
    const input = write('plan.json', small);
    const schedule = join(dir, 'schedule-reveal.json');
    expect(run(['plan', input, '--out', schedule, '--quiet'])).toEqual({ code: 0 });
    const out = join(dir, 'reveal.json');
    expect(run(['reveal', input, schedule, '1', '--out', out, '--as-of', '2026-02-01']).code).toBe(0);
    const printed = run(['reveal', input, schedule, '1', '--as-of', '2026-02-01']).stdout!;
    expect(printed).not.toMatch(BIDI);
    expect(printed).not.toMatch(CONTROL);
    expect(JSON.parse(printed)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    expect(readFileSync(out, 'utf8')).toMatch(BIDI); // the file keeps the characters themselves
  });
});
