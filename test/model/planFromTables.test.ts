import { afterEach, describe, expect, it } from 'vitest';
import { type InitSettings, type InitTables, planFromTables } from '../../src/model/planFromTables.js';
import { type Cell, dateOf, datesOf, numberOf } from '../../src/model/sheetCells.js';
import type { Table } from '../../src/model/sheetColumns.js';
import { rejection } from './refusals.js';

// Rows in, plan file out, without files: the header mapping, the cells, the defaults, and every
// error named by its file, row and column.

const SETTINGS: InitSettings = {
  start: '2027-01-04',
  end: '2027-12-31',
  period: 'week',
  zone: 'Asia/Shanghai',
};
const table = (file: string, rows: Cell[][]): Table => ({ file, rows });
const UNITS: Cell[][] = [
  ['编号', '名称', '警种', '风险', '辖区'],
  ['ps-cg', '城关派出所', '派出所', 4, '城区'],
  ['ps-dg', '东关派出所', '派出所', 3, '城区'],
  ['cid', '刑侦大队', '刑侦', 2, '城区'],
  ['tp', '交警大队', '交警', 2, '城区'],
];
const units = (rows: Cell[][] = UNITS) => table('units.xlsx', rows);
const make = (tables: Partial<InitTables>, settings: Partial<InitSettings> = {}) =>
  planFromTables({ units: units(), ...tables }, { ...SETTINGS, ...settings });
/** The first problem of making a plan: where and what. */
const refusal = (tables: Partial<InitTables>, settings: Partial<InitSettings> = {}) => {
  const e = rejection(() => make(tables, settings));
  return { path: e.path, message: e.message.slice(e.path.length + 2), problems: e.problems };
};
/** The units sheet with `cell` written in data row `k` (0-based), column `c`. */
const unitsWith = (k: number, c: number, cell: Cell) => {
  const rows = UNITS.map((r) => [...r]);
  rows[k + 1]![c] = cell;
  return units(rows);
};

describe('planFromTables: the plan file', () => {
  it('reads Chinese headers into a plan with the defaults and no seed', () => {
    const { plan, facts } = make({});
    expect(plan).toEqual({
      horizon: { start: '2027-01-04', end: '2027-12-31', zone: 'Asia/Shanghai', period: 'week' },
      units: [
        { id: 'ps-cg', name: '城关派出所', type: '派出所', risk: 4, region: '城区' },
        { id: 'ps-dg', name: '东关派出所', type: '派出所', risk: 3, region: '城区' },
        { id: 'cid', name: '刑侦大队', type: '刑侦', risk: 2, region: '城区' },
        { id: 'tp', name: '交警大队', type: '交警', risk: 2, region: '城区' },
      ],
      routine: { visitsPerPeriod: 1, fairness: 'risk' },
    });
    expect(facts).toMatchObject({
      units: 4,
      types: 3,
      inspectors: 0,
      defaultVisits: true,
      teamSize: undefined,
    });
  });

  it('reads English headers in any case, skips a title, empty rows and the remarks column', () => {
    const { plan } = make({
      units: units([
        ['Units to inspect, 2027'],
        [null, null],
        ['ID', 'name', 'Type', 'RISK', 'note', 'activeFrom', 'activeTo'],
        ['a', '', 't', '2', 'anything', null, '2027-06-30'],
        [null, '  ', null],
        [' b ', 'B', 't', 1.5, null, '2027/3/1', null],
      ]),
    });
    expect(plan.units).toEqual([
      { id: 'a', type: 't', risk: 2, active: { to: '2027-06-30' } },
      { id: 'b', name: 'B', type: 't', risk: 1.5, active: { from: '2027-03-01' } },
    ]);
  });

  it('sizes the routine budget at about four visits a unit a year, or as given', () => {
    const many = Array.from({ length: 40 }, (_, i) => [`u${i}`, `单位${i}`, '派出所', 1, null]);
    const rows = [UNITS[0]!, ...many];
    expect(make({ units: units(rows) }).plan.routine).toEqual({ visitsPerPeriod: 3, fairness: 'risk' });
    expect(make({ units: units(rows) }, { period: 'month' }).plan.routine.visitsPerPeriod).toBe(13);
    expect(make({ units: units(rows) }, { period: 'quarter' }).plan.routine.visitsPerPeriod).toBe(40);
    const given = make({}, { visitsPerPeriod: 7 });
    expect(given.plan.routine.visitsPerPeriod).toBe(7);
    expect(given.facts.defaultVisits).toBe(false);
  });

  it('gives inspectors teams of two with homeUnit recusal, resolving home units by id or by name', () => {
    const inspectors = table('inspectors.csv', [
      ['编号', '姓名', '所属单位', '可检查警种', '每期上限', '不可用日期'],
      ['D01', '陈静', '城关派出所', '派出所、刑侦', '3', '2027-03-01~2027-03-03；2027年5月6日'],
      ['D02', '王磊', 'cid', '派出所;交警', '２', null],
      ['D03', '李娜', null, null, null, null],
    ]);
    const { plan, facts } = make({ inspectors });
    expect(plan.inspectors).toEqual([
      {
        id: 'D01',
        name: '陈静',
        homeUnit: 'ps-cg',
        types: ['派出所', '刑侦'],
        maxPerPeriod: 3,
        unavailable: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-05-06'],
      },
      { id: 'D02', name: '王磊', homeUnit: 'cid', types: ['派出所', '交警'], maxPerPeriod: 2 },
      { id: 'D03', name: '李娜' },
    ]);
    expect(plan.team).toEqual({ size: 2, recusal: ['homeUnit'] });
    expect(facts).toMatchObject({ inspectors: 3, homeUnitsByName: 1, teamSize: 2 });
    const alone = make({ inspectors: table('i.csv', [['id'], ['solo']]) });
    expect(alone.plan.team).toEqual({ size: 1, recusal: ['homeUnit'] });
  });

  it('reads holidays (休) and worked weekend days (班), sorted, leaving out and counting those outside the horizon', () => {
    const holidays = table('holidays.csv', [
      ['date', 'kind'],
      ['2027-10-02', '休'],
      ['2027-10-01', 'Holiday'],
      ['2027-10-09', '班'],
      ['2027-02-14', 'workday'],
      ['2027-06-09', null],
      ['2026-12-31', '休'],
      ['2028-01-01', '休'],
    ]);
    const { plan, facts } = make({ holidays });
    expect(plan.horizon.holidays).toEqual(['2027-06-09', '2027-10-01', '2027-10-02']);
    expect(plan.horizon.extraWorkdays).toEqual(['2027-02-14', '2027-10-09']);
    expect(facts).toMatchObject({ holidays: 3, extraWorkdays: 2, outsideHorizon: 2 });
  });
});

describe('planFromTables: every error names its file, row and column', () => {
  it('a bad number', () => {
    expect(refusal({ units: unitsWith(2, 3, '高') })).toMatchObject({
      path: 'units.xlsx, row 4, column 风险',
      message: '"高" is not a number',
    });
  });

  it('a bad date, in a units sheet and in a list of dates', () => {
    const rows = [[...UNITS[0]!, '启用日期'], ...UNITS.slice(1).map((r) => [...r, null])];
    rows[1]![5] = '2027-02-30';
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 2, column 启用日期',
      message: '"2027-02-30" is not a date (write dates as 2027-01-04)',
    });
    const inspectors = table('inspectors.csv', [
      ['编号', '不可用日期'],
      ['D01', '2027-03-01、3月5日'],
    ]);
    expect(refusal({ inspectors })).toMatchObject({
      path: 'inspectors.csv, row 2, column 不可用日期',
      message: 'in "3月5日": "3月5日" is not a date (write dates as 2027-01-04)',
    });
  });

  it('an unknown header, a header named twice, and data without a header', () => {
    const rows = UNITS.map((r) => [...r]);
    rows[0]![4] = '等级';
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 1, column 等级',
      message:
        'unknown column; the columns of the units sheet are 编号 (id), 名称 (name), 警种 (type), 风险 (risk), 辖区 (region), 启用日期 (activeFrom), 停用日期 (activeTo) (and 备注 (note), not read)',
    });
    rows[0]![4] = 'id';
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 1, column id',
      message: 'names the same column as 编号 (column A)',
    });
    rows[0]![4] = null;
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 2, column E',
      message: '"城区" is in a column without a header; name the column or clear it',
    });
  });

  it('a missing required column, or no header row at all', () => {
    const rows = UNITS.map((r) => r.filter((_, c) => c !== 3));
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 1',
      message: 'missing the column 风险 (risk), which the units sheet must have',
    });
    const english = [
      ['id', 'type'],
      ['a', 't'],
    ];
    expect(refusal({ units: units(english) }).message).toBe(
      'missing the column risk (风险), which the units sheet must have',
    );
    expect(refusal({ units: units([['名称'], ['城关派出所']]) })).toMatchObject({
      path: 'units.xlsx',
      message: expect.stringContaining('no header row: no row has a column 编号 or id'),
    });
    expect(refusal({ units: units([UNITS[0]!]) })).toMatchObject({
      path: 'units.xlsx',
      message: 'lists no unit below its header (row 1)',
    });
  });

  it('an empty required cell', () => {
    expect(refusal({ units: unitsWith(1, 2, ' ') })).toMatchObject({
      path: 'units.xlsx, row 3, column 警种',
      message: 'is empty; every unit needs its police type',
    });
  });

  it('a duplicate id, of a unit and of an inspector', () => {
    expect(refusal({ units: unitsWith(3, 0, 'ps-cg') })).toMatchObject({
      path: 'units.xlsx, row 5, column 编号',
      message: '"ps-cg" is the id of the unit of row 2 too',
    });
    const inspectors = table('inspectors.csv', [['编号'], ['D01'], ['D02'], ['D01']]);
    expect(refusal({ inspectors })).toMatchObject({
      path: 'inspectors.csv, row 4, column 编号',
      message: '"D01" is the id of the inspector of row 2 too',
    });
  });

  it('an unknown homeUnit, with the closest name or id as a suggestion', () => {
    const home = (name: string) =>
      table('inspectors.csv', [
        ['编号', '所属单位'],
        ['D01', name],
      ]);
    expect(refusal({ inspectors: home('城关所') })).toMatchObject({
      path: 'inspectors.csv, row 2, column 所属单位',
      message:
        'unknown unit "城关所": no unit of units.xlsx has this id or name; did you mean "城关派出所" (id "ps-cg", row 2)?',
    });
    expect(refusal({ inspectors: home('刑侦') }).message).toContain(
      'did you mean "刑侦大队" (id "cid", row 4)?',
    );
    expect(refusal({ inspectors: home('ps-cq') }).message).toContain('did you mean "ps-cg" (row 2)?');
    expect(refusal({ inspectors: home('看守所') }).message).toBe(
      'unknown unit "看守所": no unit of units.xlsx has this id or name',
    );
  });

  it('a homeUnit naming two units', () => {
    const rows = UNITS.map((r) => [...r]);
    rows[2]![1] = '城关派出所';
    const inspectors = table('inspectors.csv', [
      ['编号', '所属单位'],
      ['D01', '城关派出所'],
    ]);
    expect(refusal({ units: units(rows), inspectors })).toMatchObject({
      path: 'inspectors.csv, row 2, column 所属单位',
      message:
        '"城关派出所" is the name of 2 units of units.xlsx ("ps-cg" in row 2, "ps-dg" in row 3): write the id of the one meant',
    });
    // an id is never ambiguous
    const byId = table('inspectors.csv', [
      ['编号', '所属单位'],
      ['D01', 'ps-dg'],
    ]);
    expect(make({ units: units(rows), inspectors: byId }).plan.inspectors![0]!.homeUnit).toBe('ps-dg');
  });

  it('a police type no unit has, a negative or fractional cap', () => {
    const one = (header: string, cell: Cell) =>
      table('inspectors.csv', [
        ['编号', header],
        ['D01', cell],
      ]);
    expect(refusal({ inspectors: one('可检查警种', '派出所、刑侦队') })).toMatchObject({
      path: 'inspectors.csv, row 2, column 可检查警种',
      message: 'no unit of units.xlsx has the police type "刑侦队"; did you mean "刑侦"?',
    });
    expect(refusal({ inspectors: one('每期上限', -1) }).message).toBe('-1 is below 0');
    expect(refusal({ inspectors: one('每期上限', '2.5') }).message).toBe('"2.5" is not a whole number');
  });

  it('holidays: a kind of day it does not know, a day twice, a worked day that is already one', () => {
    const days = (...rows: Cell[][]) => table('holidays.csv', [['日期', '类型'], ...rows]);
    expect(refusal({ holidays: days(['2027-10-01', '补']) })).toMatchObject({
      path: 'holidays.csv, row 2, column 类型',
      message: '"补" is not a kind of day: write 休 (holiday) or 班 (workday)',
    });
    expect(refusal({ holidays: days(['2027-10-01', '休'], ['2027/10/1', '休']) })).toMatchObject({
      path: 'holidays.csv, row 3, column 日期',
      message: '2027-10-01 is listed in row 2 too',
    });
    expect(refusal({ holidays: days(['2027-10-08', '班']) })).toMatchObject({
      path: 'holidays.csv, row 2, column 类型',
      message:
        '2027-10-08 is a Friday, already a working day: list as 班 (workday) only the weekend days that are worked',
    });
  });

  it('a unit closing before it opens, and a value the plan file refuses', () => {
    const rows = [[...UNITS[0]!, '启用日期', '停用日期'], ...UNITS.slice(1).map((r) => [...r, null, null])];
    rows[1]![5] = '2027-06-01';
    rows[1]![6] = '2027-05-31';
    expect(refusal({ units: units(rows) })).toMatchObject({
      path: 'units.xlsx, row 2, column 停用日期',
      message: '2027-05-31 is before 启用日期 2027-06-01',
    });
    // the plan file's own checks, named by the cell they came from
    expect(refusal({ units: unitsWith(1, 3, 1e12) })).toMatchObject({
      path: 'units.xlsx, row 3, column 风险',
      message: expect.stringContaining('1e9'),
    });
    expect(refusal({ units: unitsWith(0, 0, 'ps\u0007cg') }).path).toBe('units.xlsx, row 2, column 编号');
  });

  it('the flags: dates, period and zone', () => {
    expect(refusal({}, { start: '2027-1-4' })).toMatchObject({
      path: '--start',
      message: '"2027-1-4" is not a date yyyy-mm-dd',
    });
    expect(refusal({}, { end: '2026-12-31' })).toMatchObject({
      path: '--start',
      message: '2027-01-04 is after --end 2026-12-31',
    });
    expect(refusal({}, { period: 'year' }).path).toBe('--period');
    expect(refusal({}, { zone: 'Asia/Shanghia' })).toMatchObject({
      path: '--zone',
      message: 'unknown IANA zone "Asia/Shanghia"',
    });
  });

  it('lists every problem, and locates a path of the plan file', () => {
    const rows = UNITS.map((r) => [...r]);
    rows[1]![3] = '高';
    rows[3]![2] = null;
    const e = rejection(() => make({ units: units(rows) }));
    expect(e.problems.map((p) => p.path)).toEqual([
      'units.xlsx, row 2, column 风险',
      'units.xlsx, row 4, column 警种',
    ]);
    const { locate } = make({});
    expect(locate('units[2].risk')).toBe('units.xlsx, row 4, column 风险');
    expect(locate('units[2].active.from')).toBe('units.xlsx, row 4');
    expect(locate('horizon.end')).toBe('--end');
    expect(locate('limits.maxVisitsPerUnit')).toBe('limits.maxVisitsPerUnit');
  });
});

describe('sheet cells', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads dates exactly, with no time-zone shift, in any zone of the machine', () => {
    for (const tz of ['UTC', 'Asia/Shanghai', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(dateOf(new Date(Date.UTC(2027, 0, 4)))).toEqual({ ok: true, value: '2027-01-04' });
      expect(dateOf(new Date(Date.UTC(2027, 11, 31, 23, 59)))).toEqual({ ok: true, value: '2027-12-31' });
      expect(dateOf(46391)).toEqual({ ok: true, value: '2027-01-04' });
      expect(dateOf(46391.99)).toEqual({ ok: true, value: '2027-01-04' });
    }
  });

  it('reads the spellings of a date people use, and refuses the rest', () => {
    for (const text of [
      '2027-01-04',
      '2027/1/4',
      '2027.01.04',
      '2027年1月4日',
      '2027年1月4',
      '20270104',
      '46391',
      '２０２７-０１-０４',
    ]) {
      expect(dateOf(text)).toEqual({ ok: true, value: '2027-01-04' });
    }
    expect(dateOf(61)).toEqual({ ok: true, value: '1900-03-01' });
    for (const bad of ['2027-02-29', '1/4/2027', '2027-13-01', '4 Jan 2027', '2027', '']) {
      expect(dateOf(bad).ok).toBe(false);
    }
    expect(dateOf(60).ok).toBe(false); // Excel's phantom 1900-02-29
    expect(dateOf(new Date(Number.NaN)).ok).toBe(false);
  });

  it('reads lists and ranges of dates', () => {
    expect(datesOf('2027-03-04~2027-03-02')).toEqual({
      ok: false,
      message: '"2027-03-04~2027-03-02": the range ends before it starts',
    });
    expect(datesOf('2027-12-30至2028-01-02')).toEqual({
      ok: true,
      value: ['2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02'],
    });
    expect(datesOf('2027-01-01~2028-06-01').ok).toBe(false);
    expect(datesOf('2027-01-01~2027-01-02~2027-01-03').ok).toBe(false);
  });

  it('reads numbers written as numbers or as text, full-width digits included', () => {
    expect(numberOf(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(numberOf('３.５')).toEqual({ ok: true, value: 3.5 });
    expect(numberOf('1e-3')).toEqual({ ok: true, value: 0.001 });
    for (const bad of ['高', '3 级', '0x10', 'Infinity', true, new Date(0)])
      expect(numberOf(bad).ok).toBe(false);
  });
});
