import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { countySchedule } from '../report/county.js';
import { smallPlan, substituteArgs, writeIn } from './smallPlan.js';

// A command writes all its outputs or none, keeps the mode of a file it replaces, and writes through
// a symbolic link to the file it points to.

const root = mkdtempSync(join(tmpdir(), 'fairdraw-outputs-'));
const small = smallPlan('outputs');
const OLD = 'the old file, which a failing command must leave alone\n';
let count = 0;
/** A fresh directory for one test, so that its listing shows exactly what the command left behind. */
const fresh = () => {
  const dir = join(root, `t${count++}`);
  mkdirSync(dir);
  return dir;
};
/** Writes `value` (a string as it is, anything else as JSON) to `path`; returns the path. */
const write = (path: string, value: unknown) => writeIn(dirname(path), basename(path), value);
const countyPath = write(join(root, 'county.schedule.json'), countySchedule());
const mode = (path: string) => statSync(path).mode & 0o7777;

/** A plan file and its schedule in `dir`, and a visit's first inspector and date to substitute. */
function planned(dir: string) {
  const input = write(join(dir, 'plan.json'), small);
  const schedule = join(dir, 'schedule.json');
  expect(run(['plan', input, '--out', schedule, '--quiet'])).toEqual({ code: 0 });
  const visit = JSON.parse(readFileSync(schedule, 'utf8')).visits[0];
  const substitute = (...extra: string[]) =>
    substituteArgs({ input, schedule }, visit.inspectors[0], visit.date, ...extra);
  return { input, schedule, substitute };
}

describe('a command writes all its outputs or none', () => {
  it('plan: a CSV path in a missing directory leaves the existing --out file as it was', () => {
    const dir = fresh();
    const input = write(join(dir, 'plan.json'), small);
    const existing = write(join(dir, 'existing.json'), OLD);
    const csv = join(dir, 'missing-dir', 'v.csv');
    const result = run(['plan', input, '--out', existing, '--csv', csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${csv}: cannot write file (ENOENT)`);
    expect(readFileSync(existing, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['existing.json', 'plan.json']);
  });

  it('plan: an --out that is a directory writes no CSV either', () => {
    const dir = fresh();
    const input = write(join(dir, 'plan.json'), small);
    const csv = write(join(dir, 'visits.csv'), OLD);
    mkdirSync(join(dir, 'out.json'));
    const result = run(['plan', input, '--out', join(dir, 'out.json'), '--csv', csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'out.json')}: cannot write file (EISDIR)`);
    expect(readFileSync(csv, 'utf8')).toBe(OLD);
    expect(readdirSync(join(dir, 'out.json'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'plan.json', 'visits.csv']);
  });

  it('plan: the same file named twice is refused before anything is written', () => {
    const dir = fresh();
    const input = write(join(dir, 'plan.json'), small);
    const out = write(join(dir, 'out'), OLD);
    const result = run(['plan', input, '--out', out, '--csv', `${dir}/./out`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write file: named twice/);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  });

  it('report: a --csv directory that cannot be created leaves the existing HTML page as it was', () => {
    const dir = fresh();
    const page = write(join(dir, 'existing.html'), OLD);
    write(join(dir, 'missing'), 'a file, so missing/x/ cannot be a directory');
    const result = run([
      'report',
      countyPath,
      '--html',
      page,
      '--csv',
      join(dir, 'missing', 'x/'),
      '--as-of',
      '2026-12-27',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\/x\/units\.csv: cannot write file \(ENOTDIR\)/);
    expect(readFileSync(page, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['existing.html', 'missing']);
  });

  it('report: one CSV table that cannot be written leaves the page and the other tables unwritten', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'county-types.csv'));
    const result = run([
      'report',
      countyPath,
      '--html',
      join(dir, 'r.html'),
      '--csv',
      join(dir, 'county'),
      '--as-of',
      '2026-12-27',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'county-types.csv')}: cannot write file (EISDIR)`);
    expect(readdirSync(dir)).toEqual(['county-types.csv']);
  });

  it('report: a --csv directory is created only when every file can be written, and removed otherwise', () => {
    // /proc accepts no new file, whoever runs the test (root included): the page's temporary file fails
    // after the checks passed and the directory was made.
    const dir = fresh();
    const csv = join(dir, 'a', 'b/');
    const failed = run([
      'report',
      countyPath,
      '--html',
      '/proc/fairdraw-report.html',
      '--csv',
      csv,
      '--as-of',
      '2026-12-27',
    ]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/\/proc\/fairdraw-report\.html: cannot write file \(E[A-Z]+\)/);
    expect(readdirSync(dir)).toEqual([]);
    expect(run(['report', countyPath, '--csv', csv, '--quiet', '--as-of', '2026-12-27'])).toEqual({
      code: 0,
    });
    expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual(['inspectors.csv', 'types.csv', 'units.csv']);
  });

  it('a file that cannot be created after the checks passed leaves nothing behind', () => {
    // /proc accepts no new file, whoever runs the test (root included): the temporary file fails.
    const dir = fresh();
    const input = write(join(dir, 'plan.json'), small);
    const out = write(join(dir, 'out.json'), OLD);
    const result = run(['plan', input, '--out', out, '--csv', '/proc/fairdraw-visits.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\/proc\/fairdraw-visits\.csv: cannot write file \(E[A-Z]+\)/);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'plan.json']);
  });

  it('substitute, replan and reveal leave the schedule as it was when --out cannot be written', () => {
    const dir = fresh();
    const { input, schedule, substitute } = planned(dir);
    const before = readFileSync(schedule, 'utf8');
    mkdirSync(join(dir, 'taken'));
    const changes = write(join(dir, 'changes.json'), { close: ['cib'] });
    const attempts = [
      substitute('--out', join(dir, 'taken')),
      [
        'replan',
        input,
        schedule,
        changes,
        '--from',
        '2026-01-19',
        '--reason',
        'x',
        '--out',
        join(dir, 'taken'),
      ],
      ['reveal', input, schedule, '1', '--out', join(dir, 'taken'), '--as-of', '2026-02-01'],
    ];
    for (const argv of attempts) {
      const result = run(argv);
      expect(result.code, argv[0]).toBe(2);
      expect(result.stderr, argv[0]).toContain(`${join(dir, 'taken')}: cannot write file (EISDIR)`);
    }
    expect(readFileSync(schedule, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['changes.json', 'plan.json', 'schedule.json', 'taken']);
  });
});

describe('a replaced file keeps its mode, and a symbolic link keeps pointing to it', () => {
  it('substitute keeps a private schedule private (0600 stays 0600, 0660 stays 0660)', () => {
    const dir = fresh();
    const { schedule, substitute } = planned(dir);
    expect(mode(schedule)).toBe(0o666 & ~process.umask());
    chmodSync(schedule, 0o600);
    expect(run(substitute()).code).toBe(0);
    expect(mode(schedule)).toBe(0o600);
    chmodSync(schedule, 0o660);
    expect(run(substitute('--reason', 'ill again')).code).toBe(0);
    expect(mode(schedule)).toBe(0o660);
    expect(JSON.parse(readFileSync(schedule, 'utf8')).log).toHaveLength(2);
  });

  // Only root may give a file to another user; elsewhere this case cannot be set up.
  it.skipIf(process.getuid?.() !== 0)('keeps the owner and group of a file it replaces (run as root)', () => {
    const dir = fresh();
    const { schedule, substitute } = planned(dir);
    chownSync(schedule, 1234, 5678);
    chmodSync(schedule, 0o640);
    expect(run(substitute()).code).toBe(0);
    expect(statSync(schedule)).toMatchObject({ uid: 1234, gid: 5678 });
    expect(mode(schedule)).toBe(0o640);
  });

  it('writes through a symbolic link (relative, chained, or to a file not there yet) to its target', () => {
    const dir = fresh();
    const { input, schedule, substitute } = planned(dir);
    mkdirSync(join(dir, 'private'));
    const target = join(dir, 'private', 'schedule.json');
    write(target, readFileSync(schedule, 'utf8'));
    chmodSync(target, 0o600);
    symlinkSync('private/schedule.json', join(dir, 'link.json'));
    symlinkSync('link.json', join(dir, 'chain.json'));
    expect(run(substitute('--out', join(dir, 'chain.json'))).code).toBe(0);
    expect(lstatSync(join(dir, 'chain.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('private/schedule.json');
    expect(JSON.parse(readFileSync(target, 'utf8')).log).toHaveLength(1);
    expect(mode(target)).toBe(0o600);
    expect(readdirSync(join(dir, 'private'))).toEqual(['schedule.json']);

    symlinkSync('private/visits.csv', join(dir, 'visits.csv'));
    expect(run(['plan', input, '--csv', join(dir, 'visits.csv'), '--quiet'])).toEqual({ code: 0 });
    expect(lstatSync(join(dir, 'visits.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'private', 'visits.csv'), 'utf8')).toMatch(/^id,kind,period,date/);
  });
});
