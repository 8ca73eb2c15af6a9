// fairdraw reveal --outcomes and fairdraw verify-period on a reveal with outcomes, end to end through
// files, in both languages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { county, outcomesOf } from '../outcomes/fixtures.js';

const { input, schedule } = county();
const hash = schedule.manifest.scheduleHash;
const dir = mkdtempSync(join(tmpdir(), 'fairdraw-reveal-outcomes-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const inputPath = file('county.json', input);
const schedulePath = file('schedule.json', schedule);
/** Q1's outcomes: problems at every fourth visit, one visit not done. */
const outcomes = outcomesOf(schedule, '2026-03-29', (_v, k) =>
  k === 50 ? 'not-done' : k % 4 === 1 ? 'problems' : 'compliant',
);
const outcomesPath = file('outcomes.json', outcomes);
const AS_OF = ['--as-of', '2026-03-29'];

describe('fairdraw reveal --outcomes', () => {
  it('writes the reveal with the outcomes of the period, from JSON and from a sheet', async () => {
    const out = join(dir, 'reveal-9.json');
    const result = run([
      'reveal',
      inputPath,
      schedulePath,
      '9',
      ...AS_OF,
      '--outcomes',
      outcomesPath,
      '--out',
      out,
    ]);
    expect(result).toEqual({ code: 0, stdout: `wrote the reveal of period 9 to ${out}\n` });
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toEqual(
      JSON.parse(JSON.stringify(revealPeriod(input, schedule, 8, { asOf: '2026-03-29', outcomes }))),
    );
    expect(written.outcomes.records.length).toBe(written.visits.length);
    // the same outcomes as a sheet (one row per problem, Chinese headers)
    const rows = [
      '检查编号,结果,问题类别,整改期限',
      ...outcomes.records.map((r) =>
        r.result === 'problems'
          ? `${r.visit},发现问题,${r.problems![0]!.category},${r.problems![0]!.deadline}`
          : `${r.visit},${r.result === 'compliant' ? '合格' : '未检查'},,`,
      ),
    ];
    const csv = file('outcomes.csv', `${rows.join('\n')}\n`);
    const fromSheet = await runAsync([
      'reveal',
      inputPath,
      schedulePath,
      '9',
      ...AS_OF,
      '--outcomes',
      csv,
      '--lang',
      'en',
    ]);
    expect(fromSheet.code).toBe(0);
    expect(JSON.parse(fromSheet.stdout!)).toEqual(written);
    // without --outcomes, the reveal is the one it always was
    const plain = run(['reveal', inputPath, schedulePath, '9', ...AS_OF]);
    expect(plain.stdout).toBe(
      `${JSON.stringify(revealPeriod(input, schedule, 8, { asOf: '2026-03-29' }), null, 2)}\n`,
    );
    expect(plain.stdout).not.toContain('"outcomes"');
  });

  it('refuses outcomes with the summary, and outcomes of another schedule, naming them', async () => {
    const summary = await runAsync([
      'reveal',
      inputPath,
      schedulePath,
      'summary',
      '--as-of',
      '2026-12-31',
      '--outcomes',
      outcomesPath,
      '--lang',
      'en',
    ]);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toMatch(/^fairdraw: outcomes: goes with a period's reveal/);
    const zh = run([
      'reveal',
      inputPath,
      schedulePath,
      'summary',
      '--as-of',
      '2026-12-31',
      '--outcomes',
      outcomesPath,
      '--lang',
      'zh-CN',
    ]);
    expect(zh.stderr).toMatch(/^fairdraw: outcomes：?.*汇总揭示文件不含检查结果/);
    const other = file('other.json', { ...outcomes, schedule: 'e'.repeat(64) });
    const refused = run([
      'reveal',
      inputPath,
      schedulePath,
      '9',
      ...AS_OF,
      '--outcomes',
      other,
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^fairdraw: outcomes\.schedule: /);
  });
});

describe('fairdraw verify-period on a reveal with outcomes', () => {
  const reveal = file('reveal.json', revealPeriod(input, schedule, 8, { asOf: '2026-03-29', outcomes }));

  it('says verified, then what the seal does not cover and what checks it, in English and Chinese', () => {
    const en = run(['verify-period', reveal, hash, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(
      [
        `verified: period 9 of ${reveal} under schedule hash ${hash}`,
        "  not sealed: outcomes.records: the office's record of what the visits found; no seal covers it",
        "  not sealed: outcomes.probabilities: check it against summary.units in the summary's reveal, which the seal covers, once the horizon has ended",
        "  not sealed: outcomes.types: check it against summary.units in the summary's reveal, which the seal covers, once the horizon has ended",
        '',
      ].join('\n'),
    );
    const zh = run(['verify-period', reveal, hash, '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('核验通过');
    expect(zh.stdout).toContain('  未封存：outcomes.records：检查结果是督察部门的记录');
    expect(zh.stdout).toContain(
      '  未封存：outcomes.probabilities：计划期结束后，可对照汇总揭示文件中的 summary.units 核对',
    );
  });

  it('lists a record of a visit the reveal does not have as a difference', () => {
    const bad = revealPeriod(input, schedule, 8, { asOf: '2026-03-29', outcomes });
    bad.outcomes!.records.push({ visit: 'v-0001', result: 'compliant' });
    const result = run(['verify-period', file('bad.json', bad), hash, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^NOT VERIFIED: .*: 1 difference\(s\)\n {2}outcomes\.records\[\d+\]\.visit: expected "a visit of the reveal", found "v-0001"\n/,
    );
  });
});
