import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { replan } from '../../src/schedule/replan.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-replan-'));
const small = {
  seed: 'cli-replan',
  horizon: { start: '2026-01-05', end: '2026-03-01', zone: 'Asia/Shanghai', period: 'week' as const },
  units: [
    { id: 'ps-a', type: 'police-station', risk: 3 },
    { id: 'ps-b', type: 'police-station', risk: 2 },
    { id: 'cib', type: 'criminal-investigation', risk: 1 },
    { id: 'tp', type: 'traffic-police', risk: 1 },
  ],
  routine: { visitsPerPeriod: 2 },
};
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('fairdraw replan', () => {
  const input = file('plan.json', small);
  const schedulePath = join(dir, 'schedule.json');
  expect(run(['plan', input, '--out', schedulePath, '--quiet']).code).toBe(0);
  const changes = { add: [{ id: 'ps-c', type: 'police-station', risk: 2 }], close: ['tp'] };

  it('replans from a period start, writes the schedule and prints a summary', () => {
    const out = join(dir, 'replanned.json');
    const result = run([
      'replan',
      input,
      schedulePath,
      file('changes.json', changes),
      '--from',
      '2026-02-02',
      '--reason',
      'tp merged into ps-c',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^replanned from 2026-02-02: kept \d+ visits, replaced \d+ with \d+/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const before = JSON.parse(readFileSync(schedulePath, 'utf8'));
    const expected = replan(small, before, { from: '2026-02-02', reason: 'tp merged into ps-c', changes });
    expect(written).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(written.log.at(-1).kind).toBe('replan');
    // it ends with the new hash to publish, which is not the one published at the start
    expect(written.manifest.scheduleHash).not.toBe(before.manifest.scheduleHash);
    expect(result.stdout).toMatch(
      new RegExp(
        `\nnew schedule hash ${written.manifest.scheduleHash}\npublish it, [^\n]*this hash[^\n]*\n$`,
      ),
    );
    expect(written.visits.some((v: any) => v.unit === 'tp' && v.date >= '2026-02-02')).toBe(false);
  });

  it('exits 2 naming the field on bad input', () => {
    const changesPath = file('changes.json', changes);
    const notStart = run([
      'replan',
      input,
      schedulePath,
      changesPath,
      '--from',
      '2026-02-03',
      '--reason',
      'x',
    ]);
    expect(notStart.code).toBe(2);
    expect(notStart.stderr).toMatch(/^fairdraw: --from: must be the first day of a period/);
    const noFrom = run(['replan', input, schedulePath, changesPath, '--reason', 'x']);
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toMatch(/^fairdraw: --from: /);
    const unknown = run([
      'replan',
      input,
      schedulePath,
      file('bad.json', { close: ['nope'] }),
      '--from',
      '2026-02-02',
      '--reason',
      'x',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/changes\.close\[0\]: unknown unit id "nope"/);
    expect(run(['replan', input, schedulePath]).code).toBe(2);
    expect(
      run(['replan', input, schedulePath, join(dir, 'missing.json'), '--from', '2026-02-02', '--reason', 'x'])
        .code,
    ).toBe(2);
  });
});
