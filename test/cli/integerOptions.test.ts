import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { integerOption, OptionError } from '../../src/cli/usage.js';

// Trust, item 6: `--weeks abc`, `-5`, `1e9` and `2.5` were all taken (the first as the default, the
// others as given). An integer option is now a decimal integer within its range, or exit 2.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-int-'));
const input = join(dir, 'plan.json');
writeFileSync(
  input,
  JSON.stringify({
    seed: 'weeks',
    horizon: { start: '2026-01-05', end: '2026-02-01', zone: 'Asia/Shanghai', period: 'week' },
    units: [
      { id: 'ps-a', type: 'police-station', risk: 3 },
      { id: 'ps-b', type: 'police-station', risk: 2 },
    ],
    routine: { visitsPerPeriod: 1 },
  }),
);

describe('--weeks', () => {
  it.each(['abc', '-5', '1e9', '2.5', '1001', '0x10', ' 3', '3 ', '+3', '03', ''])(
    'refuses --weeks %j with exit 2, naming the flag and its range',
    (value) => {
      for (const argv of [
        ['plan', input, '--weeks', value],
        ['plan', input, `--weeks=${value}`],
      ]) {
        const result = run(argv);
        expect(result.code).toBe(2);
        expect(result.stdout ?? '').toBe('');
        expect(result.stderr).toMatch(/--weeks/);
        if (value !== '') expect(result.stderr).toMatch(/a whole number from 0 to 1000/);
      }
    },
  );

  it.each([
    ['0', 0],
    ['3', 3],
    ['1000', 1000],
  ])('takes --weeks %s', (value, weeks) => {
    const result = run(['plan', input, '--weeks', value]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`visits of the first ${weeks} periods:`);
  });

  it('defaults to 2', () => {
    expect(run(['plan', input]).stdout).toContain('visits of the first 2 periods:');
  });
});

describe('integerOption', () => {
  const options = { n: '12', big: '99', flag: true as const, neg: '-1' };
  it('reads a decimal integer in range, or gives the default when the option is absent', () => {
    expect(integerOption(options, 'n', { min: 0, max: 20, fallback: 5 })).toBe(12);
    expect(integerOption(options, 'missing', { min: 0, max: 20, fallback: 5 })).toBe(5);
    expect(integerOption(options, 'neg', { min: -3, max: 20, fallback: 5 })).toBe(-1);
  });

  it('throws an OptionError naming the option and its range', () => {
    expect(() => integerOption(options, 'big', { min: 0, max: 20, fallback: 5 })).toThrow(OptionError);
    expect(() => integerOption(options, 'big', { min: 0, max: 20, fallback: 5 })).toThrow(
      'option --big must be a whole number from 0 to 20, got "99"',
    );
    expect(() => integerOption(options, 'neg', { min: 0, max: 20, fallback: 5 })).toThrow(/from 0 to 20/);
  });
});
