import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csv, csvBytes, withBom } from '../../src/cli/csv.js';
import type { TableRow } from '../../src/cli/tables.js';
import { sheetParts, XLSX_MAX_CELLS, XLSX_MAX_ROWS, xlsxBytes } from '../../src/cli/xlsx.js';

// Issue 16: the full tables of `fairdraw report --csv / --xlsx` are complete at any size. A CSV file is
// written in chunks (its text could exceed V8's longest string); a worksheet holds at most 2^20 rows
// and, for the writer's sake, ten million cells, so a larger sheet is written as several.

const cellText = fc.oneof(fc.string(), fc.integer(), fc.constantFrom('=1+2', '名称，"引号"', 'a\r\nb'));

describe('csvBytes', () => {
  it('gives the bytes of csv, with the byte-order mark when asked, whatever the number of rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { maxLength: 4 }), { maxLength: 30 }),
        fc.boolean(),
        (rows, bom) => {
          expect(Buffer.from(csvBytes(rows, bom)).toString('utf8')).toBe(withBom(csv(rows), bom));
        },
      ),
    );
    const many: TableRow[] = Array.from({ length: 25_001 }, (_, i) => [`u-${i}`, i / 7, '派出所']);
    expect(Buffer.from(csvBytes(many, true)).toString('utf8')).toBe(withBom(csv(many), true));
  });
});

describe('sheetParts', () => {
  it('keeps a sheet that fits as it is', () => {
    const sheet = { name: 'units', rows: [['id'], ['u-1']] };
    expect(sheetParts(sheet)).toEqual([sheet]);
  });

  it('cuts a sheet of more cells than a worksheet takes into parts, the head rows on top of each', () => {
    const columns = 2000;
    const row: TableRow = Array.from({ length: columns }, (_, k) => k);
    const rows: TableRow[] = [['interim'], ['header'], ...Array.from({ length: 12_000 }, () => row)];
    const parts = sheetParts({ name: 'units', rows, head: 2 });
    const per = XLSX_MAX_CELLS / columns - 2;
    expect(parts.map((p) => p.name)).toEqual(['units', 'units-2', 'units-3']);
    expect(parts.map((p) => p.rows.length)).toEqual([per + 2, per + 2, 12_000 - 2 * per + 2]);
    for (const p of parts) expect(p.rows.slice(0, 2)).toEqual([['interim'], ['header']]);
    expect(parts.reduce((s, p) => s + p.rows.length - 2, 0)).toBe(12_000);
  });

  it('cuts a sheet of more rows than a worksheet holds', () => {
    const row: TableRow = [1];
    const rows: TableRow[] = [['header'], ...new Array<TableRow>(XLSX_MAX_ROWS + 5).fill(row)];
    const parts = sheetParts({ name: 'units', rows });
    expect(parts.map((p) => p.rows.length)).toEqual([XLSX_MAX_ROWS, 7]);
    expect(parts[1]!.rows[0]).toEqual(['header']);
  });

  it('writes every part as a worksheet of the workbook, the head on top of each', async () => {
    const rows: TableRow[] = [
      ['interim'],
      ['id', 'n'],
      ...Array.from({ length: 25 }, (_, i) => [`u-${i}`, i]),
    ];
    // 20 cells a part: the two head rows and 8 rows of the table
    const bytes = Buffer.from(await xlsxBytes([{ name: 'units', rows, head: 2 }], 20));
    const read = async (sheet: string) => (await readSheet(bytes, sheet)) as unknown[][];
    const parts = [await read('units'), await read('units-2'), await read('units-3'), await read('units-4')];
    expect(parts.map((p) => p.length)).toEqual([10, 10, 10, 3]);
    for (const p of parts)
      expect(p.slice(0, 2)).toEqual([
        ['interim', null],
        ['id', 'n'],
      ]);
    expect(parts.flatMap((p) => p.slice(2))).toEqual(rows.slice(2));
  });
});
