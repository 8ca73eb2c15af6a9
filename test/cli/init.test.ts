import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { bureauHolidays, bureauInspectors, bureauUnits, writeCsv, writeXlsx } from './bureau.js';

// `fairdraw init` on a 25-unit bureau whose spreadsheets the test writes itself (.xlsx, and CSV in
// GB18030 and UTF-8): spreadsheets -> init -> hash -> commit -> plan -> verify.

const root = mkdtempSync(join(tmpdir(), 'fairdraw-init-'));
let count = 0;
/** A fresh directory for one test. */
const fresh = () => {
  const dir = join(root, `t${count++}`);
  mkdirSync(dir);
  return dir;
};
const HORIZON = ['--start', '2027-01-04', '--end', '2027-12-31', '--period', 'week'];

/** The bureau's three spreadsheets in `dir`: units and inspectors as .xlsx, holidays as GB18030 CSV. */
async function spreadsheets(dir: string) {
  return {
    units: await writeXlsx(join(dir, 'units.xlsx'), bureauUnits()),
    inspectors: await writeXlsx(join(dir, 'inspectors.xlsx'), bureauInspectors()),
    holidays: writeCsv(join(dir, 'holidays.csv'), bureauHolidays(), 'gb18030'),
  };
}

const init = (
  files: { units: string; inspectors?: string; holidays?: string },
  out: string,
  ...extra: string[]
) =>
  runAsync([
    'init',
    '--units',
    files.units,
    ...(files.inspectors ? ['--inspectors', files.inspectors] : []),
    ...(files.holidays ? ['--holidays', files.holidays] : []),
    ...HORIZON,
    '--out',
    out,
    ...extra,
  ]);

describe('fairdraw init: a 25-unit bureau from its spreadsheets', () => {
  let dir: string;
  let planPath: string;
  let planText: string;
  let stdout: string;

  beforeAll(async () => {
    dir = fresh();
    planPath = join(dir, 'plan.json');
    const result = await init(await spreadsheets(dir), planPath);
    expect(result.stderr).toBeUndefined();
    expect(result.code).toBe(0);
    stdout = result.stdout!;
    planText = readFileSync(planPath, 'utf8');
  });

  it('writes a complete plan file with the defaults, and no seed', () => {
    const plan = JSON.parse(planText);
    expect(Object.keys(plan)).toEqual(['horizon', 'units', 'inspectors', 'routine', 'team']);
    expect(plan.horizon).toMatchObject({
      start: '2027-01-04',
      end: '2027-12-31',
      zone: 'Asia/Shanghai',
      period: 'week',
    });
    expect(plan.routine).toEqual({ visitsPerPeriod: 2, fairness: 'risk' }); // round(4 * 25 / 52)
    expect(plan.team).toEqual({ size: 2, recusal: ['homeUnit'] });
    expect(plan.units).toHaveLength(25);
    expect(plan.units[0]).toEqual({ id: '101', name: '城关派出所', type: '派出所', risk: 4, region: '城区' });
    // a date cell and a serial number, both read as the calendar day typed, in any time zone
    expect(plan.units[6]).toMatchObject({ name: '新区派出所', active: { from: '2027-07-01' } });
    expect(plan.units[21]).toMatchObject({ name: '戒毒所', active: { to: '2027-09-30' } });
    expect(
      plan.units.map((u: any) => u.type).filter((t: string, i: number, a: string[]) => a.indexOf(t) === i),
    ).toEqual(['派出所', '刑侦', '交警', '治安', '巡特警', '监管', '户政', '法制']);
  });

  it('resolves home units given by name, reads lists and ranges of dates', () => {
    const inspectors = JSON.parse(planText).inspectors;
    expect(inspectors).toHaveLength(12);
    expect(inspectors[0]).toEqual({
      id: 'D01',
      name: '陈静',
      homeUnit: '101',
      types: ['派出所', '刑侦'],
      maxPerPeriod: 3,
    });
    expect(inspectors[1].homeUnit).toBe('102'); // a number cell naming the id
    expect(inspectors[2].types).toEqual(['派出所', '交警']);
    expect(inspectors[3]).toMatchObject({
      homeUnit: '111',
      unavailable: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'],
    });
    expect(inspectors[6]).toMatchObject({ homeUnit: '120', unavailable: ['2027-05-06'] });
    expect(inspectors[9].unavailable).toEqual(['2027-07-19', '2027-07-20']);
  });

  it('reads the GB18030 holidays, leaves out the days before the horizon, and says so', () => {
    const { horizon } = JSON.parse(planText);
    expect(horizon.holidays).toHaveLength(8 + 1 + 5 + 1 + 1 + 7);
    expect(horizon.holidays.slice(0, 2)).toEqual(['2027-02-06', '2027-02-07']);
    expect(horizon.holidays).toContain('2027-04-05');
    expect(horizon.extraWorkdays).toEqual([
      '2027-02-14',
      '2027-02-20',
      '2027-04-25',
      '2027-09-26',
      '2027-10-09',
    ]);
    expect(stdout).toContain('3 dates outside the horizon left out');
    expect(stdout).toContain('5 worked weekend days');
    expect(stdout).toContain('25 of 8 police types');
    expect(stdout).toContain('6 home units given by name');
    expect(stdout).toContain('2027-01-04..2027-12-31 in Asia/Shanghai: 52 weeks');
  });

  it('says what to do next, and the plan it wrote is accepted by hash, then by plan once the seed is chosen, then verified', () => {
    expect(stdout).toContain('The plan has no seed yet');
    expect(stdout).toContain(`fairdraw hash ${planPath}`);
    expect(stdout).toContain('fairdraw commit');
    // without a seed: hash works, plan asks for the seed
    const hash = run(['hash', planPath]);
    expect(hash.code).toBe(0);
    expect(hash.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const early = run(['plan', planPath]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('seed: missing: choose the seed in the open');
    // the commit-reveal steps it prints, then plan and verify
    const commit = run(['commit']).stdout!;
    const secret = /^secret +(\S+)$/m.exec(commit)![1]!;
    const commitment = /^commitment +([0-9a-f]{64})$/m.exec(commit)![1]!;
    const seeded = join(dir, 'seeded.json');
    writeFileSync(
      seeded,
      JSON.stringify({ ...JSON.parse(planText), seed: { secret, public: '3-1-4-1-5-9', commitment } }),
    );
    expect(run(['hash', seeded]).stdout).toBe(hash.stdout);
    const schedulePath = join(dir, 'schedule.json');
    const planned = run(['plan', seeded, '--out', schedulePath, '--quiet']);
    expect(planned).toEqual({ code: 0 });
    const schedule = JSON.parse(readFileSync(schedulePath, 'utf8'));
    expect(schedule.units).toHaveLength(25);
    expect(schedule.visits.length).toBeGreaterThan(80);
    const verified = run(['verify', seeded, schedulePath]);
    expect(verified.code).toBe(0);
  });

  it('makes the same plan file, byte for byte, from CSV files in GB18030 and UTF-8 (with and without a BOM)', async () => {
    const other = fresh();
    const files = {
      units: writeCsv(join(other, 'units.csv'), bureauUnits(), 'gb18030'),
      inspectors: writeCsv(join(other, 'inspectors.csv'), bureauInspectors(), 'utf-8-bom'),
      holidays: await writeXlsx(join(other, 'holidays.xlsx'), bureauHolidays()),
    };
    const out = join(other, 'plan.json');
    expect((await init(files, out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(planText);
    writeCsv(files.inspectors, bureauInspectors(), 'utf-8');
    expect((await init(files, out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(planText);
  });
});

describe('fairdraw init: options and refusals', () => {
  it('without inspectors or holidays: no team, no holidays, and --visits, --zone and --period as given', async () => {
    const dir = fresh();
    const units = writeCsv(join(dir, 'units.csv'), bureauUnits(), 'utf-8');
    const out = join(dir, 'plan.json');
    const result = await runAsync([
      'init',
      '--units',
      units,
      '--start',
      '2027-01-01',
      '--end',
      '2027-12-31',
      '--period',
      'month',
      '--zone',
      'Asia/Urumqi',
      '--visits',
      '5',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('inspectors  none');
    expect(result.stdout).toContain('5 visits a month, fairness "risk"');
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(plan)).toEqual(['horizon', 'units', 'routine']);
    expect(plan.horizon).toEqual({
      start: '2027-01-01',
      end: '2027-12-31',
      zone: 'Asia/Urumqi',
      period: 'month',
    });
    expect(plan.routine).toEqual({ visitsPerPeriod: 5, fairness: 'risk' });
  });

  it('names the file, row and column of a bad cell, and writes nothing', async () => {
    const dir = fresh();
    const rows = bureauUnits();
    rows[6]![3] = '高'; // row 7 of the sheet: the title, an empty row, the header, then the units
    const units = await writeXlsx(join(dir, 'units.xlsx'), rows);
    const result = await init({ units }, join(dir, 'plan.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`fairdraw: ${units}, row 7, column 风险: "高" is not a number\n`);
    expect(readdirSync(dir)).toEqual(['units.xlsx']);
  });

  it('lists every problem of the sheets at once', async () => {
    const dir = fresh();
    const units = bureauUnits();
    units[3]![5] = '2027-02-30';
    const inspectors = bureauInspectors();
    inspectors[1]![2] = '城关所';
    const files = {
      units: writeCsv(join(dir, 'units.csv'), units, 'gb18030'),
      inspectors: writeCsv(join(dir, 'inspectors.csv'), inspectors, 'gb18030'),
    };
    const result = await init(files, join(dir, 'plan.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `  ${files.units}, row 4, column 启用日期: "2027-02-30" is not a date (write dates as 2027-01-04)\n`,
    );
    expect(result.stderr).toContain(
      `  ${files.inspectors}, row 2, column 所属单位: unknown unit "城关所": no unit of ${files.units} has this id or name; did you mean "城关派出所" (id "101", row 4)?\n`,
    );
    expect(existsSync(join(dir, 'plan.json'))).toBe(false);
  });

  it('refuses to replace an existing file without --force', async () => {
    const dir = fresh();
    const units = writeCsv(join(dir, 'units.csv'), bureauUnits(), 'utf-8');
    const out = join(dir, 'plan.json');
    writeFileSync(out, '{"kept": true}');
    const result = await init({ units }, out);
    expect(result).toEqual({
      code: 2,
      stderr: `fairdraw: ${out}: already exists: choose another --out, or pass --force to replace it\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('{"kept": true}');
  });

  it('names the flag of a bad horizon, and refuses a wrong call', async () => {
    const dir = fresh();
    const units = writeCsv(join(dir, 'units.csv'), bureauUnits(), 'utf-8');
    const out = join(dir, 'plan.json');
    const bad = await runAsync([
      'init',
      '--units',
      units,
      '--start',
      '2027-01-04',
      '--end',
      '2037-12-31',
      '--out',
      out,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'fairdraw: --end: the horizon 2027-01-04..2037-12-31 is longer than 10 years',
    );
    const zone = await runAsync([
      'init',
      '--units',
      units,
      ...HORIZON,
      '--zone',
      'asia/shanghai',
      '--out',
      out,
    ]);
    expect(zone.stderr).toContain('fairdraw: --zone: must be written as IANA spells it');
    const missing = await runAsync(['init', '--units', units, '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'fairdraw init: expected --units <file> --start <date> --end <date> --out <plan.json>',
    );
    const visits = await runAsync(['init', '--units', units, ...HORIZON, '--visits', '0', '--out', out]);
    expect(visits.stderr).toContain('option --visits must be a whole number from 1 to 1000000');
    expect(readdirSync(dir)).toEqual(['units.csv']);
  });

  it('refuses a file it cannot read as what its extension says', async () => {
    const dir = fresh();
    const out = join(dir, 'plan.json');
    const xls = join(dir, 'units.xls');
    writeFileSync(xls, 'old');
    expect((await init({ units: xls }, out)).stderr).toBe(
      `fairdraw: ${xls}: is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8\n`,
    );
    const fake = join(dir, 'units.xlsx');
    writeFileSync(fake, '编号,名称\n');
    expect((await init({ units: fake }, out)).stderr).toMatch(
      /^fairdraw: .*units\.xlsx: cannot be read as an \.xlsx workbook \(/,
    );
    expect((await init({ units: join(dir, 'missing.csv') }, out)).stderr).toContain(
      'missing.csv: cannot read file (ENOENT)',
    );
    expect(() => run(['init'])).toThrow(/runAsync/);
  });
});
