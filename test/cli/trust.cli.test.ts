import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-trust-cli-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
};
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const inputPath = file('county.json', county);
const otherSeed = file('county-with-another-seed.json', { ...county, seed: 'county-2026-b' });
const schedulePath = join(dir, 'schedule.json');
expect(run(['plan', inputPath, '--out', schedulePath, '--quiet']).code).toBe(0);
const original = readFileSync(schedulePath, 'utf8');
const schedule = JSON.parse(original);
const visit = schedule.visits.find((v: { date: string }) => v.date === '2026-01-15');

describe('commands that change a schedule keep it when they refuse', () => {
  it('substitute with another seed exits 2, names the check, and leaves schedule.json as it was', () => {
    const result = run([
      'substitute',
      otherSeed,
      schedulePath,
      '--inspector',
      visit.inspectors[0],
      '--dates',
      '2026-01-15',
      '--reason',
      'x',
      '--at',
      '2026-01-14T18:00:00+08:00',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/schedule\.manifest\.seedCommitment: does not match the input's seed/);
    expect(readFileSync(schedulePath, 'utf8')).toBe(original);
  });

  it('replan of a schedule changed after its seal exits 2 and writes nothing', () => {
    const changed = structuredClone(schedule);
    changed.visits[0].date = changed.visits[1].date;
    const changedPath = file('changed.json', changed);
    const before = readFileSync(changedPath, 'utf8');
    const result = run([
      'replan',
      inputPath,
      changedPath,
      file('changes.json', { close: ['ci-east'] }),
      '--from',
      '2026-07-06',
      '--reason',
      'merged',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/schedule\.manifest\.scheduleHash: .*changed after it was sealed/);
    expect(readFileSync(changedPath, 'utf8')).toBe(before);
  });

  it('substitute of a visit before its own day exits 2 naming the date', () => {
    const result = run([
      'substitute',
      inputPath,
      schedulePath,
      '--inspector',
      visit.inspectors[0],
      '--dates',
      '2026-01-15',
      '--reason',
      'x',
      '--at',
      '2026-02-01T09:00:00+08:00',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /change\.dates\[0\]: 2026-01-15 is before the substitution's own day 2026-02-01/,
    );
    expect(readFileSync(schedulePath, 'utf8')).toBe(original);
  });
});
