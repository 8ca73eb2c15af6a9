import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkSecretEntropy } from '../../src/audit/checkSecretEntropy.js';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { run } from '../../src/cli/run.js';
import { sealSchedule } from '../../src/schedule/seal.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-audit-cli-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const inputPath = file('county.json', county);
const schedulePath = join(dir, 'county.schedule.json');
expect(run(['plan', inputPath, '--out', schedulePath, '--quiet']).code).toBe(0);
const schedule = JSON.parse(readFileSync(schedulePath, 'utf8'));
const hash: string = schedule.manifest.scheduleHash;

describe('fairdraw verify', () => {
  it('exits 0 when the schedule verifies', () => {
    const result = run(['verify', inputPath, schedulePath]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^verified: /);
  });

  it('exits 1 and lists each difference when it does not', () => {
    const tampered = structuredClone(schedule);
    tampered.visits[12].inspectors[1] = 'insp-99';
    const result = run(['verify', inputPath, file('tampered.json', tampered)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/NOT VERIFIED: .*1 difference/);
    expect(result.stdout).toContain(
      `visits[12].inspectors[1]: expected "${schedule.visits[12].inspectors[1]}", found "insp-99"`,
    );
  });

  it('exits 2 on bad input, a missing file, or a version it does not support', () => {
    const badInput = file('bad.json', { ...county, routine: { visitsPerPeriod: -1 } });
    const bad = run(['verify', badInput, schedulePath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/routine\.visitsPerPeriod/);
    expect(run(['verify', join(dir, 'nope.json'), schedulePath]).code).toBe(2);
    expect(run(['verify', inputPath]).code).toBe(2);
    expect(run(['verify', inputPath, file('not-schedule.json', [1, 2])]).code).toBe(2);
    // an intact schedule (sealed again) that names a version this library does not implement
    const newer = structuredClone(schedule);
    newer.manifest.algorithms.routine = 'horizon-flow+type@2';
    sealSchedule(newer, county.seed);
    const unsupported = run(['verify', inputPath, file('newer.json', newer)]);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toMatch(/^UNSUPPORTED: .*NOT checked/);
    expect(unsupported.stderr).toContain('manifest.algorithms.routine');
  });
});

describe('fairdraw verify, reveal and verify-period on a schedule of the format before profiles (v2)', () => {
  const v2Path = 'test/golden/county.v2.schedule.json';
  const v2 = JSON.parse(readFileSync(v2Path, 'utf8'));

  it('verifies it, and lists a changed probability at the unit', () => {
    expect(v2.manifest.algorithms.seal).toBe('fairdraw/seal/v2+rfc6962');
    const result = run(['verify', inputPath, v2Path]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^verified: /);
    const tampered = structuredClone(v2);
    tampered.units[3].probabilities[7] = 0.5;
    const changed = run(['verify', inputPath, file('v2-tampered.json', tampered)]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(
      `units[3].probabilities[7]: expected ${v2.units[3].probabilities[7]}, found 0.5`,
    );
  });

  it('reveals a period and the summary in v2, each verifying alone against the v2 hash', () => {
    const reveal = JSON.parse(run(['reveal', inputPath, v2Path, '5', '--as-of', '2026-12-27']).stdout!);
    expect(reveal.seal).toBe('fairdraw/seal/v2+rfc6962');
    const revealPath = file('v2-reveal-5.json', reveal);
    expect(run(['verify-period', revealPath, v2.manifest.scheduleHash]).code).toBe(0);
    // not against the hash of the same draws in v3: another head, another summary
    expect(run(['verify-period', revealPath, hash]).code).toBe(1);
    const summary = JSON.parse(
      run(['reveal', inputPath, v2Path, 'summary', '--as-of', '2026-12-27']).stdout!,
    );
    expect(run(['verify-period', file('v2-summary.json', summary), v2.manifest.scheduleHash]).code).toBe(0);
  });
});

describe('fairdraw reveal and verify-period', () => {
  it('reveals a period to stdout or a file, and the reveal verifies alone', () => {
    // periods are numbered from 1 on the command line; the reveal's JSON keeps the index
    const printed = run(['reveal', inputPath, schedulePath, '5', '--as-of', '2026-12-27']);
    expect(printed.code).toBe(0);
    const reveal = JSON.parse(printed.stdout!);
    expect(reveal.period).toBe(4);
    // the ids, and the names of the units and inspectors the period's visits name
    const unit = reveal.visits[0].unit;
    expect(reveal.names.units[unit]).toBe(county.units.find((u: { id: string }) => u.id === unit).name);
    expect(Object.keys(reveal.names.inspectors).sort()).toEqual(
      [...new Set(reveal.visits.flatMap((v: { inspectors: string[] }) => v.inspectors))].sort(),
    );
    const revealPath = file('reveal-5.json', reveal);
    expect(run(['verify-period', revealPath, hash])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^verified: period 5 /),
    });
    const out = join(dir, 'summary.json');
    expect(
      run(['reveal', inputPath, schedulePath, 'summary', '--out', out, '--as-of', '2026-12-27']).stdout,
    ).toMatch(/wrote the reveal of the summary/);
    expect(run(['verify-period', out, hash]).code).toBe(0);
  });

  it('exits 1 on a tampered reveal, 2 on bad arguments', () => {
    const reveal = JSON.parse(run(['reveal', inputPath, schedulePath, '5', '--as-of', '2026-12-27']).stdout!);
    reveal.visits[0].unit = 'ps-luohe' === reveal.visits[0].unit ? 'ps-xiaji' : 'ps-luohe';
    const tampered = run(['verify-period', file('reveal-bad.json', reveal), hash]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/scheduleHash: expected/);
    expect(run(['verify-period', file('reveal-ok.json', reveal), 'ABC']).code).toBe(2);
    expect(run(['reveal', inputPath, schedulePath, 'x', '--as-of', '2026-12-27']).stderr).toMatch(
      /period: must be a period number \(periods are numbered from 1\) or "summary"/,
    );
    expect(run(['reveal', inputPath, schedulePath, '999', '--as-of', '2026-12-27']).code).toBe(2);
    // period 0, or one beyond the last, names the valid range
    for (const n of ['0', '52', '999'])
      expect(run(['reveal', inputPath, schedulePath, n, '--as-of', '2026-12-27']).stderr).toMatch(
        new RegExp(
          `^fairdraw: period: must be a period number from 1 to 51 \\(periods are numbered from 1\\), or "summary", got ${n}\n`,
        ),
      );
    expect(
      JSON.parse(run(['reveal', inputPath, schedulePath, '51', '--as-of', '2026-12-27']).stdout!).period,
    ).toBe(50);
    expect(run(['reveal', inputPath, schedulePath, '--as-of', '2026-12-27']).code).toBe(2);
  });
});

describe('fairdraw reveal --as-of and --force', () => {
  it('refuses a period not ended as of --as-of, and reveals it with --force and a warning', () => {
    const early = run(['reveal', inputPath, schedulePath, '27', '--as-of', '2026-07-11']);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(
      /^fairdraw: period: period 27 \(2026-07-06 to 2026-07-12\) has not ended as of 2026-07-11/,
    );
    expect(early.stdout).toBeUndefined();
    const onTime = run(['reveal', inputPath, schedulePath, '27', '--as-of', '2026-07-12']);
    expect(onTime.code).toBe(0);
    expect(onTime.stderr).toBeUndefined();
    const out = join(dir, 'forced.json');
    const forced = run([
      'reveal',
      inputPath,
      schedulePath,
      '27',
      '--as-of',
      '2026-07-11',
      '--force',
      '--out',
      out,
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(
      /^fairdraw: warning: period 27 \(2026-07-06 to 2026-07-12\) has not ended as of 2026-07-11: .*; revealed anyway \(--force\)\n$/,
    );
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(onTime.stdout!));
    // --force on an ended period reveals it without a word
    expect(
      run(['reveal', inputPath, schedulePath, '4', '--as-of', '2026-07-11', '--force']).stderr,
    ).toBeUndefined();
    const summary = run(['reveal', inputPath, schedulePath, 'summary', '--as-of', '2026-12-26']);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toMatch(
      /the summary holds the counts of the whole horizon, which ends on 2026-12-27/,
    );
    expect(run(['reveal', inputPath, schedulePath, '4', '--as-of', '2026-7-11']).stderr).toMatch(
      /^fairdraw: option --as-of must be a date written yyyy-mm-dd, got "2026-7-11"/,
    );
  });

  it('defaults --as-of to today in the plan’s zone', () => {
    // 2026-07-11 16:30 UTC is already 2026-07-12 in Asia/Shanghai, the last day of period 27
    vi.useFakeTimers({ now: new Date('2026-07-11T16:30:00Z'), toFake: ['Date'] });
    try {
      expect(run(['reveal', inputPath, schedulePath, '27']).code).toBe(0);
      vi.setSystemTime(new Date('2026-07-11T15:30:00Z')); // 23:30 on the 11th in Shanghai
      expect(run(['reveal', inputPath, schedulePath, '27']).stderr).toMatch(/has not ended as of 2026-07-11/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('fairdraw commit and hash', () => {
  it('without an argument generates a secret, prints its commitment and says what to publish', () => {
    const result = run(['commit']);
    expect(result.code).toBe(0);
    const secret = /secret\s+([0-9a-f]{64})/.exec(result.stdout!)![1]!;
    const commitment = /commitment\s+([0-9a-f]{64})/.exec(result.stdout!)![1]!;
    expect(commitment).toBe(commitSeed(secret));
    expect(() => checkSecretEntropy(secret)).not.toThrow();
    expect(result.stdout).toMatch(/KEEP THE SECRET PRIVATE/);
    expect(result.stdout).toMatch(/PUBLISH THE COMMITMENT/);
    expect(/secret\s+([0-9a-f]{64})/.exec(run(['commit']).stdout!)![1]).not.toBe(secret);
  });

  it('refuses a low-entropy secret with exit 2 naming the problem; commits a strong one or a --plain seed', () => {
    const weak = run(['commit', 'county-2026']);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/secret: .*bits of entropy/);
    expect(weak.stderr).toMatch(/--plain/);
    expect(run(['commit', 'a'.repeat(64)]).stderr).toMatch(/repeat/);
    const strong = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';
    expect(run(['commit', strong]).stdout).toBe(`${commitSeed(strong)}\n`);
    expect(run(['commit', '--plain', 'county-2026']).stdout).toBe(`${commitSeed('county-2026')}\n`);
    expect(run(['commit', 'a', 'b']).code).toBe(2);
  });

  it('hash prints the input hash, with or without a seed in the file', () => {
    expect(run(['hash', inputPath]).stdout).toBe(`${schedule.manifest.inputHash}\n`);
    const { seed: _seed, ...unseeded } = county;
    expect(run(['hash', file('unseeded.json', unseeded)]).stdout).toBe(`${schedule.manifest.inputHash}\n`);
    expect(run(['hash', file('bad-hash.json', { ...county, units: [] })]).code).toBe(2);
  });
});
