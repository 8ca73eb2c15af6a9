import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { inSealFormat, SEAL_V2 } from '../../src/schedule/seal.js';
import { countySchedule, countyWithOtherKinds } from './county.js';
import { parseCsv } from './parseCsv.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-report-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const county = file('county.schedule.json', countySchedule());

describe('fairdraw report', () => {
  it('prints the text summary of the county schedule', () => {
    const result = run(['report', county, '--as-of', '2026-12-27']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBeUndefined();
    const out = result.stdout!;
    expect(out).toMatch(
      /^fairness report: 2026-01-05\.\.2026-12-27, 51 periods, 40 units, 8 police types, 25 inspectors/,
    );
    expect(out).toContain(
      'visits: 302 (routine 289, campaign 10, directed 2, follow-up 1); only routine visits are part of the promise',
    );
    expect(out).toContain('40 of 40 units visited floor or ceiling of their expected count');
    expect(out).toContain('408 of 408 (police type, period) counts floor or ceiling');
    expect(out).toMatch(/police-station\s+15\s+9\.6–26\.4%\s+148\.36\s+148\s+-0\.36\s+51\/51\s+12/);
    expect(out).toMatch(
      /ps-chengguan\s+police-station\s+12\.8–26\.4%\s+12\.50\s+13\s+\+0\.50\s+yes\s+1 {2}campaign 1, spring-crackdown 71\.4%/,
    );
    expect(out).toMatch(/insp-02\s+25 \(23 \+ 2\): criminal-investigation 3/);
    expect(out).toContain(
      'spring-crackdown 2026-03-02..2026-04-30: 10 visits listed (10 drawn) among 14 units in scope, equal, maxent',
    );
    expect(out).toContain('2026-06-10 ps-luohe: complaint 2026-117 -> v-0136');
    expect(out).toContain('ps-xiaji 2026-04-29, deadline 2026-05-09, follow-up 2026-05-11: scheduled v-0109');
    expect(out).toMatch(
      /dc-county 2026-12-21, deadline 2027-01-04, follow-up 2027-01-05: NOT scheduled \(the follow-up/,
    );
    expect(out).toContain(countySchedule().manifest.scheduleHash);
  });

  it('writes the HTML page and the three CSV files (into a directory and after a prefix), atomically', () => {
    const html = join(dir, 'report.html');
    const csvDir = join(dir, 'csv-out/');
    const result = run([
      'report',
      county,
      '--html',
      html,
      '--csv',
      csvDir,
      '--title',
      'County bureau 2026',
      '--as-of',
      '2026-12-27',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${html}, ${join(csvDir, 'units.csv')}`);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<title>County bureau 2026</title>');
    expect(page.match(/data-testid="heat-cell"/g)).toHaveLength(357);
    expect(readdirSync(csvDir).sort()).toEqual(['inspectors.csv', 'types.csv', 'units.csv']);
    expect(parseCsv(readFileSync(join(csvDir, 'units.csv'), 'utf8'))).toHaveLength(41);

    mkdirSync(join(dir, 'existing'));
    expect(
      run(['report', county, '--csv', join(dir, 'existing'), '--quiet', '--as-of', '2026-12-27']),
    ).toEqual({ code: 0 });
    expect(readdirSync(join(dir, 'existing')).sort()).toEqual(['inspectors.csv', 'types.csv', 'units.csv']);

    expect(
      run(['report', county, '--csv', join(dir, 'county'), '--quiet', '--as-of', '2026-12-27']).code,
    ).toBe(0);
    expect(run(['report', county, '--csv', join(dir, 'b_'), '--quiet', '--as-of', '2026-12-27']).code).toBe(
      0,
    );
    for (const name of ['county-units.csv', 'county-types.csv', 'county-inspectors.csv', 'b_units.csv'])
      expect(existsSync(join(dir, name))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports schedules with campaign, directed and follow-up visits', () => {
    const result = run(['report', file('kinds.json', countyWithOtherKinds()), '--as-of', '2027-01-08']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('visits: 306 (routine 289, campaign 11, directed 3, follow-up 3)');
    expect(result.stdout).toMatch(
      /ps-luohe\s+police-station\s+\S+\s+12\.50\s+12\s+-0\.50\s+yes\s+3 {2}directed 2, follow-up 1, spring-crackdown/,
    );
  });

  it('prints the restated promise and notes of a replanned schedule, capped units and gap conflicts', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const limited = { ...input, limits: { maxVisitsPerUnit: 10, minGapDays: 14 } };
    const replanned = replan(limited, plan(limited), {
      from: '2026-07-06',
      reason: 'reorganisation',
      changes: { close: ['ci-east'] },
    });
    const out = run(['report', file('replanned.json', replanned), '--as-of', '2026-12-27']).stdout!;
    // 2026-07-06 starts the 27th period (index 26): periods are numbered from 1 in what people read
    expect(out).toContain(
      '40 of 40 units visited floor or ceiling of their expected count in periods 27.. (restated by the replan)',
    );
    expect(out).toMatch(/\nnotes:\n {2}restated from 2026-07-06: periods 26\.\. were redrawn/);
    expect(out).toMatch(/ps-chengguan .*capped/);
    expect(out).toMatch(new RegExp(`gap conflicts \\(${replanned.conflicts!.length}\\):`));
    const c = replanned.conflicts![0]!;
    expect(out).toContain(`  ${c.unit} ${c.dates[0]} and ${c.dates[1]}: ${c.days} days (minGapDays)`);
  });

  it('exits 2 naming the problem on bad input', () => {
    const missing = run(['report', join(dir, 'nope.json'), '--as-of', '2026-12-27']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read file \(ENOENT\)/);

    const broken = run(['report', file('broken.json', '{"manifest": '), '--as-of', '2026-12-27']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);

    const plan = run(['report', 'examples/county.json', '--as-of', '2026-12-27']);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toMatch(/^fairdraw: schedule: is a plan file, not a schedule: [^\n]*\n$/);

    const bad = countySchedule() as any;
    const k = bad.units[2].profile;
    bad.profiles[k][5] = 1.5;
    const invalid = run(['report', file('bad.json', bad), '--as-of', '2026-12-27']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(new RegExp(`fairdraw: schedule\\.profiles\\[${k}\\]\\[5\\]: .*<= ?1`));

    const badV2 = inSealFormat(countySchedule(), SEAL_V2) as any;
    badV2.units[2].probabilities[5] = 1.5;
    const invalidV2 = run(['report', file('bad-v2.json', badV2), '--as-of', '2026-12-27']);
    expect(invalidV2.code).toBe(2);
    expect(invalidV2.stderr).toMatch(/fairdraw: schedule\.units\[2\]\.probabilities\[5\]: .*<= ?1/);

    const unknown = countySchedule() as any;
    unknown.visits[0].unit = 'ps-atlantis';
    expect(run(['report', file('unknown.json', unknown), '--as-of', '2026-12-27']).stderr).toMatch(
      /schedule\.visits\[0\]\.unit: unknown unit "ps-atlantis"/,
    );

    const unwritable = run([
      'report',
      county,
      '--html',
      join(dir, 'no-such-dir', 'r.html'),
      '--as-of',
      '2026-12-27',
    ]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/r\.html: cannot write file \(ENOENT\)/);

    expect(run(['report']).code).toBe(2);
    expect(run(['report', county, county, '--as-of', '2026-12-27']).code).toBe(2);
    expect(run(['report', county, '--frobnicate', '--as-of', '2026-12-27']).code).toBe(2);
    expect(run(['report', county, '--html']).code).toBe(2);
    expect(run(['report', '--help']).stdout).toMatch(/fairdraw report <schedule\.json>/);
  });
});

describe('fairdraw report --as-of', () => {
  const statement =
    'Interim report: periods 1–26 of 51, up to 2026-07-05. The periods not yet ended are left out.';

  it('makes an interim report of the ended periods, saying so in the text, the page and the CSV files', () => {
    const html = join(dir, 'interim.html');
    const csvDir = join(dir, 'interim-csv/');
    const result = run(['report', county, '--as-of', '2026-07-08', '--html', html, '--csv', csvDir]);
    expect(result.code).toBe(0);
    expect(result.stdout!.split('\n')[0]).toBe(statement);
    expect(result.stdout).toMatch(/\nfairness report: 2026-01-05\.\.2026-07-05, 26 periods/);
    expect(readFileSync(html, 'utf8')).toContain(statement);
    for (const table of ['units', 'types', 'inspectors'])
      expect(parseCsv(readFileSync(join(csvDir, `${table}.csv`), 'utf8'))[0]).toEqual([statement]);
  });

  it('defaults to today on this machine', () => {
    vi.useFakeTimers({ now: new Date('2026-07-08T12:00:00Z'), toFake: ['Date'] });
    try {
      expect(run(['report', county])).toEqual(run(['report', county, '--as-of', '2026-07-08']));
      vi.setSystemTime(new Date('2027-03-01T12:00:00Z'));
      expect(run(['report', county]).stdout).toMatch(
        /^fairness report: 2026-01-05\.\.2026-12-27, 51 periods/,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('exits 2 naming --as-of when it is not a date', () => {
    for (const bad of ['2026-02-30', 'today', '2026/07/08']) {
      const result = run(['report', county, '--as-of', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^fairdraw: option --as-of must be a date written yyyy-mm-dd, got "/);
    }
    expect(run(['report', county, '--as-of']).code).toBe(2);
  });
});
