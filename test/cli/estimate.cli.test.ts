import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { county, outcomesOf } from '../outcomes/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-estimate-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('fairdraw estimate, report --outcomes and next-year', () => {
  const { input, schedule } = county();
  const outcomes = outcomesOf(schedule, '2026-12-27', (v, k) =>
    k % 13 === 0 ? 'not-done' : v.unit === 'ps-xiaji' || k % 5 === 0 ? 'problems' : 'compliant',
  );
  const plan = write('plan.json', input);
  const sched = write('schedule.json', schedule);
  const out = write('outcomes.json', outcomes);

  it('prints the estimates by type in English, and writes groups.csv and units.csv', () => {
    const target = join(dir, 'csv/');
    const r = run(
      [
        'estimate',
        plan,
        sched,
        out,
        '--by',
        'type',
        '--as-of',
        '2026-06-30',
        '--csv',
        target,
        '--lang',
        'en',
      ],
      { env: {} },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Estimates over 25 periods ended by 2026-06-28');
    expect(r.stdout).toMatch(/^police-station +\d+ +\d+ +\d+ +\d+\.\d% +\d+\.\d% +\d+\.\d%–\d+\.\d%$/m);
    expect(r.stdout).toContain('ps-xiaji');
    expect(r.stdout).toContain('never ranked by counts');
    const e = estimate(input, schedule, outcomes, { by: 'type', asOf: '2026-06-30' });
    const groups = readFileSync(join(target, 'groups.csv'), 'utf8').trim().split(/\r?\n/);
    expect(groups[0]).toBe(
      'key,visits,with_problems,not_done,unrecorded,estimate,standard_error,ci_lo,ci_hi',
    );
    expect(groups.length).toBe(e.groups.length + 1);
    const station = groups.find((line) => line.startsWith('police-station,'))!.split(',');
    const g = e.groups.find((x) => x.key === 'police-station')!;
    expect(Number(station[5])).toBeCloseTo(g.estimate!, 9);
    const units = readFileSync(join(target, 'units.csv'), 'utf8').trim().split(/\r?\n/);
    expect(units.length).toBe(schedule.units.length + 1);
    expect(units.find((line) => line.startsWith('ps-xiaji,'))!.endsWith(',yes')).toBe(true);
  });

  it('prints in Chinese with --lang zh-CN, and refuses a bad --by or --level', () => {
    const r = run(
      ['estimate', plan, sched, out, '--by', 'region', '--as-of', '2026-03-29', '--lang', 'zh-CN'],
      {
        env: {},
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('截至2026年3月29日已结束12个周期的估计值');
    expect(r.stdout).toContain('辖区');
    const bad = run(['estimate', plan, sched, out, '--by', 'unit', '--as-of', '2026-03-29', '--lang', 'en'], {
      env: {},
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--by must be one of all, type, region, category, campaign');
    const level = run(
      ['estimate', plan, sched, out, '--level', '95', '--as-of', '2026-03-29', '--lang', 'en'],
      {
        env: {},
      },
    );
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--level must be a number between 0 and 1');
    const wrong = write('wrong.json', { ...outcomes, schedule: 'b'.repeat(64) });
    const other = run(['estimate', plan, sched, wrong, '--as-of', '2026-03-29', '--lang', 'en'], { env: {} });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('outcomes.schedule');
  });

  it('adds the estimates section to the report page with --outcomes', () => {
    const html = join(dir, 'report.html');
    const r = run(
      ['report', sched, '--as-of', '2026-06-30', '--outcomes', out, '--html', html, '--lang', 'en'],
      {
        env: {},
      },
    );
    expect(r.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('id="estimates"');
    expect(page).toContain('Estimates from the random visits');
    expect(page).toContain('data-testid="table-unit-rates"');
    const plain = join(dir, 'plain.html');
    expect(
      run(['report', sched, '--as-of', '2026-06-30', '--html', plain, '--lang', 'en'], { env: {} }).code,
    ).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain('id="estimates"');
  });

  it('next-year prints a reason per unit and writes a plan file plan accepts once seeded', () => {
    const next = join(dir, 'plan-next.json');
    const args = [
      'next-year',
      plan,
      sched,
      out,
      '--start',
      '2027-01-04',
      '--end',
      '2027-12-26',
      '--out',
      next,
    ];
    const r = run([...args, '--lang', 'en'], { env: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Xiaji police station (ps-xiaji): ');
    expect(r.stdout!.split('\n').filter((line) => line.startsWith('  ') && line.includes('): ')).length).toBe(
      input.units.length,
    );
    expect(r.stdout).toContain('fairdraw hash');
    const written = JSON.parse(readFileSync(next, 'utf8'));
    expect(written.seed).toBeUndefined();
    expect(planInputSchema.safeParse({ ...written, seed: 'x' }).success).toBe(true);
    const again = run([...args, '--lang', 'zh-CN'], { env: {} });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    const forced = run([...args, '--force', '--lang', 'zh-CN'], { env: {} });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('风险权重');
    expect(existsSync(next)).toBe(true);
    const backwards = run(
      [
        'next-year',
        plan,
        sched,
        out,
        '--start',
        '2027-12-26',
        '--end',
        '2027-01-04',
        '--out',
        join(dir, 'x.json'),
      ],
      { env: {} },
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--start');
  });
});
