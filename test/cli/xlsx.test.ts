import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csv } from '../../src/cli/csv.js';
import { writeAll } from '../../src/cli/io.js';
import { run, runAsync } from '../../src/cli/run.js';
import { taskTable } from '../../src/cli/tables.js';
import { xlsxBytes } from '../../src/cli/xlsx.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { kindText, teammatesText, whyText } from '../../src/report/taskSheetText.js';
import { countySchedule, countyWithOtherKinds } from '../report/county.js';

// `--xlsx` of plan, report and tasks: each workbook is read back with read-excel-file (the library
// `fairdraw init` reads spreadsheets with) and compared with the CSV files of the same run, or with
// the library's own data.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-xlsx-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const county = file('county.schedule.json', countySchedule());
const withOtherKinds = file('other.schedule.json', countyWithOtherKinds());

type Read = (string | number | boolean | Date | null)[][];
/** A sheet of the workbook at `path` (the first when `sheet` is not given), as read-excel-file reads it. */
const sheetOf = async (path: string, sheet?: string): Promise<Read> =>
  (await readSheet(readFileSync(path), sheet)) as Read;
/** Rows read back as the CSV writer writes them: an empty cell is an empty text. */
const asCsv = (rows: Read) => csv(rows.map((r) => r.map((c) => (c === null ? '' : (c as string | number)))));

afterEach(() => {
  vi.useRealTimers();
});

describe('writeAll with bytes', () => {
  it('writes the bytes as they are, beside text files, all in one call', () => {
    const bytes = new Uint8Array([0, 0xff, 0xef, 0xbb, 0xbf, 10, 13, 0x80]);
    const binary = join(dir, 'bytes.bin');
    const text = join(dir, 'text.txt');
    writeAll([
      { path: binary, bytes },
      { path: text, text: '城关派出所\n' },
    ]);
    expect(new Uint8Array(readFileSync(binary))).toEqual(bytes);
    expect(readFileSync(text, 'utf8')).toBe('城关派出所\n');
  });

  it('writes no file, bytes or text, when one path cannot be written', () => {
    const sub = mkdtempSync(join(dir, 'none-'));
    expect(() =>
      writeAll([
        { path: join(sub, 'a.bin'), bytes: new Uint8Array([1, 2, 3]) },
        { path: join(sub, 'missing', 'b.txt'), text: 'b' },
      ]),
    ).toThrow(/no directory/);
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('the workbook bytes', () => {
  it('are the same whatever the clock says (the zip entries carry 1980-01-01)', async () => {
    const sheets = [
      {
        name: 'visits',
        rows: [
          ['id', 'n'],
          ['v-0001', 1.5],
        ],
      },
    ];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T09:10:11Z'));
    const first = await xlsxBytes(sheets);
    vi.setSystemTime(new Date('2031-11-30T23:59:58Z'));
    const second = await xlsxBytes(sheets);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // the first local header's time and date fields: 00:00:00 on 1980-01-01
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
  });

  it('hold numbers as numbers and texts as texts: a text like a formula stays that text', async () => {
    const path = join(dir, 'cells.xlsx');
    const rows = [
      ['=HYPERLINK("http://x","y")', '+1', '＝1+1', '@SUM(A1)', '-2', '城关派出所'],
      [0.123456789, -3, 0, 7, '', 'a\u001bb\nc'],
    ];
    writeAll([{ path, bytes: await xlsxBytes([{ name: 'cells', rows }]) }]);
    expect(await sheetOf(path)).toEqual([
      ['=HYPERLINK("http://x","y")', '+1', '＝1+1', '@SUM(A1)', '-2', '城关派出所'],
      // an empty text is an empty cell; a control character is written as its code (XML cannot hold it)
      [0.123456789, -3, 0, 7, null, 'a\\u001bb\nc'],
    ]);
  });
});

describe('fairdraw plan --xlsx', () => {
  it('writes the visit list, the same rows as --csv, deterministically', async () => {
    const out = (n: string) => join(dir, n);
    const args = ['plan', 'examples/county.json', '--quiet'];
    expect(await runAsync([...args, '--csv', out('v.csv'), '--xlsx', out('v.xlsx')])).toEqual({ code: 0 });
    expect(await runAsync([...args, '--xlsx', out('v2.xlsx')])).toEqual({ code: 0 });
    const rows = await sheetOf(out('v.xlsx'), 'visits');
    expect(rows[0]).toEqual([
      'id',
      'kind',
      'period',
      'date',
      'unit',
      'unitName',
      'type',
      'inspectors',
      'inspectorNames',
    ]);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows[1]![2]).toBe(1); // the period, numbered from 1 (the schedule's index 0)
    expect(rows[1]![3]).toMatch(/^\d{4}-\d{2}-\d{2}$/); // the date, an ISO text
    expect(asCsv(rows)).toBe(readFileSync(out('v.csv'), 'utf8'));
    expect(readFileSync(out('v2.xlsx')).equals(readFileSync(out('v.xlsx')))).toBe(true);
  });

  it('needs runAsync: run (synchronous) says so rather than leave the workbook out', () => {
    expect(() => run(['plan', 'examples/county.json', '--xlsx', join(dir, 'never.xlsx')])).toThrow(
      /runAsync/,
    );
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });
});

describe('fairdraw report --xlsx', () => {
  for (const [what, asOf] of [
    ['a full report', '2027-01-10'],
    ['an interim report', '2026-07-01'],
  ] as const) {
    it(`writes ${what} as three sheets, the same rows as the three CSV files`, async () => {
      const prefix = join(dir, `report-${asOf}`);
      const result = await runAsync([
        'report',
        withOtherKinds,
        '--as-of',
        asOf,
        '--csv',
        `${prefix}-`,
        '--xlsx',
        `${prefix}.xlsx`,
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${prefix}.xlsx`);
      for (const table of ['units', 'types', 'inspectors']) {
        const rows = await sheetOf(`${prefix}.xlsx`, table);
        const text = readFileSync(`${prefix}-${table}.csv`, 'utf8');
        if (asOf === '2026-07-01') {
          // the interim line, one cell (read-excel-file pads the row to the sheet's width)
          expect(rows[0]![0]).toMatch(/^Interim report: /);
          rows[0] = rows[0]!.filter((c) => c !== null);
        } else {
          expect(rows[0]![0]).toBe(table === 'types' ? 'type' : 'id');
        }
        expect(asCsv(rows)).toBe(text);
      }
    });
  }

  it('writes nothing, the CSV files included, when the workbook cannot be written', async () => {
    const sub = mkdtempSync(join(dir, 'report-none-'));
    const result = await runAsync([
      'report',
      county,
      '--as-of',
      '2027-01-10',
      '--csv',
      `${sub}/`,
      '--xlsx',
      join(sub, 'missing', 'r.xlsx'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/r\.xlsx: cannot write file \(ENOENT\)/);
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('fairdraw tasks --xlsx', () => {
  it('writes a row per inspector and visit of the day, as the task sheets give them', async () => {
    const path = join(dir, 'tasks.xlsx');
    const result = await runAsync(['tasks', withOtherKinds, '--date', '2026-05-11', '--xlsx', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(path);
    const sheets = taskSheets(countyWithOtherKinds(), { date: '2026-05-11' });
    const expected = [
      ...sheets.sheets.flatMap((s) => s.visits.map((v) => ({ inspector: s.inspector, v }))),
      ...sheets.unassigned.map((v) => ({ inspector: '', v })),
    ];
    expect(expected.length).toBeGreaterThan(0);
    // the inspectors by the names the schedule carries, beside their ids: `Zhu Hui (insp-14)`
    const names = Object.fromEntries(countyWithOtherKinds().inspectors.map((i) => [i.id, i.name!]));
    const named = (id: string) => (id === '' ? '' : `${names[id]} (${id})`);
    const rows = await sheetOf(path, 'tasks');
    expect(rows[0]).toEqual(['date', 'inspector', 'visit', 'unit', 'name', 'kind', 'teammates', 'why']);
    expect(rows[1]!.slice(0, 2)).toEqual(['2026-05-11', 'Zhu Hui (insp-14)']);
    expect(rows.slice(1)).toEqual(
      expected.map(({ inspector, v }) =>
        [
          '2026-05-11',
          named(inspector),
          v.id,
          v.unit,
          v.unitName ?? '',
          kindText(v),
          teammatesText(v, 'en', names),
          whyText(v),
        ].map((c) => (c === '' ? null : c)),
      ),
    );
    expect(asCsv(rows)).toBe(csv(taskTable(sheets)));
  });
});
