import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, reportCsv } from '../../src/cli/csv.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { COUNTY_END, countySchedule } from './county.js';
import { fromPool, HOSTILE_KEYS, hostileString, renamedCounty } from './hostile.js';
import { parseCsv } from './parseCsv.js';

const num = (x: number) => Number(x.toFixed(9));
/**
 * What a spreadsheet may read as a formula: `= + - @`, their full-width forms (Chinese spreadsheet
 * programs read them as formulas), or any white space first (trimmed before a formula character).
 */
const FORMULA = /^[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** The cell a text must give: itself, or behind a single quote when a spreadsheet could run it. */
const written = (text: string) => (FORMULA.test(text) ? `'${text}` : text);

describe('report CSV files', () => {
  const report = fairnessReport(countySchedule(), COUNTY_END);
  const csv = reportCsv(report);

  it('have one row per unit, police type and inspector, with the report numbers', () => {
    const units = parseCsv(csv.units);
    expect(units).toHaveLength(41);
    expect(units[0]!.slice(0, 11)).toEqual([
      'id',
      'name',
      'type',
      'expected',
      'realised',
      'deviation',
      'within_promise',
      'other',
      'min_pi',
      'max_pi',
      'active_periods',
    ]);
    expect(units[0]!.slice(11 + 51)).toEqual([
      'capped',
      'promise_expected',
      'promise_realised',
      'visits_campaign',
      'visits_directed',
      'visits_follow-up',
      'campaign_pi_spring-crackdown',
    ]);
    report.units.forEach((u, i) => {
      const row = units[i + 1]!;
      expect(row[0]).toBe(u.id);
      expect(Number(row[4])).toBe(u.realised);
      expect(Math.abs(Number(row[3]) - u.expected)).toBeLessThan(1e-9);
      expect(row).toHaveLength(11 + 51 + 7);
      expect(Number(row[7])).toBe(u.other);
      expect(row.slice(62, 65)).toEqual([
        u.capped ? 'yes' : 'no',
        String(num(u.promiseExpected)),
        String(u.promiseRealised),
      ]);
      expect(row.slice(65, 68).map(Number)).toEqual([
        u.byKind.campaign ?? 0,
        u.byKind.directed ?? 0,
        u.byKind['follow-up'] ?? 0,
      ]);
      expect(Math.abs(Number(row[68]) - u.campaigns['spring-crackdown']!)).toBeLessThan(1e-9);
      const pi = row.slice(11, 11 + 51).map(Number);
      pi.forEach((p, t) => {
        expect(Math.abs(p - u.probabilities[t]!)).toBeLessThan(1e-9);
      });
    });
    const types = parseCsv(csv.types);
    expect(types).toHaveLength(9);
    expect(types[0]).toHaveLength(9 + 2 * 51);
    const stations = types.find((r) => r[0] === 'police-station')!;
    const stationsReport = report.types.find((t) => t.type === 'police-station')!;
    expect([stations[1], stations[3], stations[5], stations[6]]).toEqual(['15', '148', '0', '12']);
    expect(Number(stations[6])).toBe(stationsReport.other);
    const inspectors = parseCsv(csv.inspectors);
    expect(inspectors).toHaveLength(26);
    expect(inspectors[0]).toEqual(['id', 'visits', 'routine', 'other', ...report.types.map((t) => t.type)]);
    const schedule = countySchedule();
    report.inspectors.forEach((x, k) => {
      const s = schedule.inspectors[k]!;
      expect(inspectors[k + 1]).toEqual([
        s.id,
        String(s.visits),
        String(x.routine),
        String(s.visits - x.routine),
        ...report.types.map((t) => String(s.byType[t.type] ?? 0)),
      ]);
    });
    // insp-02 has one campaign and one more visit of another kind besides its routine visits
    expect(inspectors[2]!.slice(0, 4)).toEqual(['insp-02', '25', '23', '2']);
  });

  it('never start a text cell with a formula character, and keep every string readable', () => {
    const keys = HOSTILE_KEYS;
    fc.assert(
      fc.property(fc.uniqueArray(hostileString, { minLength: keys, maxLength: keys }), (pool) => {
        const schedule = renamedCounty(fromPool(pool));
        const r = fairnessReport(schedule, COUNTY_END);
        const files = reportCsv(r);
        const units = parseCsv(files.units);
        const types = parseCsv(files.types);
        const inspectors = parseCsv(files.inspectors);
        for (const row of [...units, ...types, ...inspectors])
          for (const cell of row) if (FORMULA.test(cell)) expect(Number.isFinite(Number(cell))).toBe(true);
        r.units.forEach((u, i) => {
          expect(units[i + 1]!.slice(0, 3)).toEqual([u.id, u.name ?? '', u.type].map(written));
        });
        expect(types.slice(1).map((row) => row[0])).toEqual(r.types.map((t) => written(t.type)));
        expect(inspectors[0]!.slice(4)).toEqual(r.types.map((t) => written(t.type)));
        expect(inspectors.slice(1).map((row) => row[0])).toEqual(r.inspectors.map((x) => written(x.id)));
      }),
      { seed: 9, numRuns: 20 },
    );
  });

  it('neutralise the OWASP payloads, their full-width forms, and formulas after white space', () => {
    const pool = [
      '=HYPERLINK("http://evil","x")',
      '+1+2',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=1,"2"\r\n3',
      ' =1+2',
      '   -2+3',
      ' plain text after a space',
      '\n=1+2',
      '\u3000=1+2',
      '\uFF1DHYPERLINK("http://evil","x")',
      '\uFF0B1+2',
      '\uFF0D2+3',
      '\uFF20SUM(A1)',
      ' \uFF1D1+2',
    ];
    const schedule = renamedCounty(fromPool([...pool, ...Array.from({ length: 120 }, (_, k) => `u${k}`)]));
    const units = parseCsv(reportCsv(fairnessReport(schedule, COUNTY_END)).units);
    const cells = units.flatMap((row) => row.slice(0, 3));
    for (const p of pool) expect(cells, JSON.stringify(p)).toContain(`'${p}`);
    for (const cell of cells) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
  });

  it('leave ordinary text and numbers as they are', () => {
    expect(['u-1', 'a =1', '派出所', 'x-1', '1-2'].map(csvCell)).toEqual([
      'u-1',
      'a =1',
      '派出所',
      'x-1',
      '1-2',
    ]);
    expect([-2.5, 0, 3].map(csvCell)).toEqual(['-2.5', '0', '3']);
    expect(csvCell('-2.5')).toBe("'-2.5");
  });
});
