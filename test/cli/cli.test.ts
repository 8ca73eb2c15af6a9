import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-cli-'));
const small = {
  seed: 'cli',
  horizon: { start: '2026-01-05', end: '2026-02-01', zone: 'Asia/Shanghai', period: 'week' },
  units: [
    { id: 'ps-a', name: '=HYPERLINK("x")', type: 'police-station', risk: 3 },
    { id: 'ps-b', name: 'Beishan, "north"', type: 'police-station', risk: 2 },
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

describe('fairdraw CLI', () => {
  it('plans, prints a summary and writes the schedule and the CSV', () => {
    const out = join(dir, 'schedule.json');
    const csv = join(dir, 'visits.csv');
    const result = run(['plan', file('plan.json', small), '--out', out, '--csv', csv]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/police-station/);
    const schedule = JSON.parse(readFileSync(out, 'utf8'));
    expect(schedule.visits).toHaveLength(8);
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,kind,period,date,unit,unitName,type,inspectors,inspectorNames');
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line).not.toMatch(/,=/);
    if (lines.some((l) => l.includes('ps-a')))
      expect(lines.find((l) => l.includes('ps-a'))).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exits 2 with the field named on bad input', () => {
    const result = run([
      'plan',
      file('bad.json', { ...small, horizon: { ...small.horizon, zone: 'Asia/Shanghia' } }),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/horizon\.zone: unknown IANA zone "Asia\/Shanghia"/);
  });

  it('exits 2 on a missing file, broken JSON, unknown options and commands', () => {
    expect(run(['plan', join(dir, 'nope.json')]).code).toBe(2);
    const broken = run(['plan', file('broken.json', '{"seed": ')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
    expect(run(['plan', file('ok.json', small), '--frobnicate']).code).toBe(2);
    expect(run(['plan']).code).toBe(2);
    expect(run(['dance']).code).toBe(2);
  });

  it('prints help and the seed commitment', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['plan', '--help']).stdout).toMatch(/fairdraw plan <input.json>/);
    expect(run(['commit', '--plain', 'county-2026']).stdout).toMatch(/^[0-9a-f]{64}\n$/);
  });
});

describe('fairdraw substitute', () => {
  it('replaces an inspector on the given dates and logs it; exits 2 on a bad request', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const inputPath = file('county.json', input);
    const schedulePath = join(dir, 'county.schedule.json');
    expect(run(['plan', inputPath, '--out', schedulePath, '--quiet']).code).toBe(0);
    const before = JSON.parse(readFileSync(schedulePath, 'utf8'));
    const visit = before.visits[0];
    const who = visit.inspectors[0];
    const result = run([
      'substitute',
      inputPath,
      schedulePath,
      '--inspector',
      who,
      '--dates',
      visit.date,
      '--reason',
      'ill',
      '--at',
      '2026-01-05T07:00:00+08:00',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`substituted ${who} on \\d+ visit`));
    const after = JSON.parse(readFileSync(schedulePath, 'utf8'));
    expect(after.visits[0].inspectors).not.toContain(who);
    expect(after.log).toHaveLength(1);
    expect(after.log[0].at).toBe('2026-01-05T07:00:00+08:00');
    // it ends with the new hash to publish, which is not the one published at the start
    expect(after.manifest.scheduleHash).not.toBe(before.manifest.scheduleHash);
    expect(result.stdout).toMatch(
      new RegExp(`\nnew schedule hash ${after.manifest.scheduleHash}\npublish it, [^\n]*this hash[^\n]*\n$`),
    );
    const bad = run([
      'substitute',
      inputPath,
      schedulePath,
      '--inspector',
      'nobody',
      '--dates',
      visit.date,
      '--reason',
      'ill',
      '--at',
      '2026-01-05T07:00:00+08:00',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/change\.inspector: unknown inspector id "nobody"/);
  });
});

describe('fairdraw CLI output files', () => {
  it('names an output path that cannot be written, with exit 2 and no stack trace, for every command that writes', () => {
    const input = file('plan-out.json', small);
    const schedulePath = join(dir, 'out-schedule.json');
    expect(run(['plan', input, '--out', schedulePath]).code).toBe(0);
    const bad = join(dir, 'no-such-dir', 'x.json');
    const attempts = [
      ['plan', input, '--out', bad],
      ['plan', input, '--csv', bad],
      ['reveal', input, schedulePath, '1', '--out', bad, '--as-of', '2026-02-01'],
      [
        'substitute',
        input,
        schedulePath,
        '--inspector',
        'nobody',
        '--dates',
        '2026-01-05',
        '--reason',
        'x',
        '--at',
        '2026-01-05T07:00:00+08:00',
        '--out',
        bad,
      ],
    ];
    for (const argv of attempts) {
      const result = run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr ?? '', argv.join(' ')).not.toMatch(/\n\s+at /);
    }
    const plain = run(['plan', input, '--out', bad]);
    expect(plain.stderr).toContain(bad);
    expect(plain.stderr).toMatch(/cannot write file/);
  });
});
