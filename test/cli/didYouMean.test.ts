import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { smallPlan, substituteArgs, writeIn } from './smallPlan.js';

// "Did you mean" from the command line: a name or a near miss given where an id belongs.
const dir = mkdtempSync(join(tmpdir(), 'fairdraw-dym-'));
const names: Record<string, string> = { 'i-1': '陈静', 'i-2': '王磊', 'i-3': '李娜', 'i-4': '张伟' };
const base = smallPlan('did-you-mean');
const input = {
  ...base,
  units: base.units.map((u) => (u.id === 'ps-a' ? { ...u, id: 'ps-chengguan', name: '城关派出所' } : u)),
  inspectors: base.inspectors.map((i) => ({ ...i, id: `insp-${i.id}`, name: names[i.id] })),
};
const files = { input: writeIn(dir, 'plan.json', input), schedule: join(dir, 'schedule.json') };

describe('fairdraw suggests the id meant', () => {
  it('plan: a home unit given by its name', () => {
    const bad = { ...input, inspectors: [{ id: 'insp-i-1', homeUnit: '城关派出所' }] };
    const result = run(['plan', writeIn(dir, 'bad.json', bad)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'inspectors[0].homeUnit: unknown unit id "城关派出所"; did you mean "ps-chengguan" (its name is 城关派出所)?',
    );
  });

  it('substitute --inspector <name>, and a near miss, and no hint for a stranger', () => {
    expect(run(['plan', files.input, '--out', files.schedule, '--quiet']).code).toBe(0);
    const byName = run(substituteArgs(files, '陈静', '2026-01-06'));
    expect(byName.code).toBe(2);
    expect(byName.stderr).toBe(
      'fairdraw: change.inspector: unknown inspector id "陈静"; did you mean "insp-i-1" (its name is 陈静)?\n',
    );
    const typo = run(substituteArgs(files, 'isnp-i-2', '2026-01-06'));
    expect(typo.stderr).toBe(
      'fairdraw: change.inspector: unknown inspector id "isnp-i-2"; did you mean "insp-i-2"?\n',
    );
    const stranger = run(substituteArgs(files, '赵敏', '2026-01-06'));
    expect(stranger.stderr).toBe('fairdraw: change.inspector: unknown inspector id "赵敏"\n');
  });

  it('tasks --inspector and replan --changes', () => {
    expect(run(['plan', files.input, '--out', files.schedule, '--quiet']).code).toBe(0);
    const tasks = run(['tasks', files.schedule, '--date', '2026-01-06', '--inspector', 'insp-i-11']);
    expect(tasks.code).toBe(2);
    expect(tasks.stderr).toMatch(
      /--inspector: no inspector "insp-i-11" in the schedule .*; did you mean "insp-i-1"\?\n$/,
    );
    const changes = writeIn(dir, 'changes.json', { close: ['城关派出所'] });
    const replan = run([
      'replan',
      files.input,
      files.schedule,
      changes,
      '--from',
      '2026-01-19',
      '--reason',
      'x',
    ]);
    expect(replan.code).toBe(2);
    expect(replan.stderr).toContain(
      'changes.close[0]: unknown unit id "城关派出所"; did you mean "ps-chengguan" (its name is 城关派出所)?',
    );
  });
});
