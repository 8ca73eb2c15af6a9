import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/sheets/decodeText.js';
import { readTable } from '../../src/cli/sheets/readTable.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { writeXlsx } from './bureau.js';

// Spreadsheet files as Excel saves them: .xlsx, and CSV in UTF-8 (with or without a BOM) or GB18030.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-sheets-'));
/** A text with a character of every width in GB18030: ASCII, two bytes (城), four bytes (㐀, 𠀀). */
const TEXT = '编号,名称\r\nps-1,城关派出所 㐀𠀀 €\r\n';

/** The error `f` throws: a FairdrawError, as path and message. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return (e as Error).message;
  }
  throw new Error('expected a FairdrawError');
}

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and GB18030 (four-byte characters too)', () => {
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`, 'utf8'), 'f.csv')).toBe(TEXT);
    expect(decodeText(Buffer.from(TEXT, 'utf8'), 'f.csv')).toBe(TEXT);
    const gb = iconv.encode(TEXT, 'gb18030');
    expect(gb.length).toBeLessThan(Buffer.byteLength(TEXT, 'utf8')); // two bytes a common hanzi, not three
    expect(decodeText(gb, 'f.csv')).toBe(TEXT);
    expect(decodeText(Buffer.from('id,type\r\n', 'latin1'), 'f.csv')).toBe('id,type\r\n');
  });

  it('refuses UTF-16, a broken UTF-8 file with a BOM, and bytes that are neither', () => {
    expect(refusal(() => decodeText(Buffer.from(`\uFEFF${TEXT}`, 'utf16le'), 'f.csv'))).toBe(
      'f.csv: is UTF-16 text ("Unicode text"): save it as "CSV UTF-8 (comma delimited)" or as an .xlsx workbook',
    );
    expect(refusal(() => decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0xb3, 0xc7]), 'f.csv'))).toBe(
      'f.csv: starts with a UTF-8 byte-order mark but is not valid UTF-8 text',
    );
    expect(refusal(() => decodeText(Buffer.from([0x61, 0x81, 0x20]), 'f.csv'))).toContain(
      'f.csv: is neither UTF-8 nor GB18030 text',
    );
  });
});

describe('readTable', () => {
  it('reads a CSV file as rows of texts, keeping row numbers across empty lines and multi-line cells', async () => {
    const path = join(dir, 'units.csv');
    writeFileSync(
      path,
      iconv.encode('编号,名称\r\n\r\n1,"城关\r\n派出所"\r\n2,"东关,""老所"""\r\n', 'gb18030'),
    );
    expect(await readTable(path)).toEqual({
      file: path,
      rows: [['编号', '名称'], [''], ['1', '城关\r\n派出所'], ['2', '东关,"老所"']],
    });
  });

  it('reads the first sheet of an .xlsx file: texts, numbers, dates as UTC days, empty rows kept', async () => {
    const path = await writeXlsx(join(dir, 'units.xlsx'), [
      [],
      ['编号', '风险', '启用日期', '停用日期'],
      [101, 2.5, new Date(Date.UTC(2027, 6, 1)), 46660],
    ]);
    expect(await readTable(path)).toEqual({
      file: path,
      rows: [
        [null, null, null, null],
        ['编号', '风险', '启用日期', '停用日期'],
        [101, 2.5, new Date(Date.UTC(2027, 6, 1)), 46660],
      ],
    });
  });

  it('refuses a broken CSV file and a kind of file it does not read, naming the file', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'id,name\r\n1,"unclosed\r\n');
    await expect(readTable(broken)).rejects.toThrow(/broken\.csv: is not a valid CSV file \(/);
    const json = join(dir, 'units.json');
    writeFileSync(json, '[]');
    await expect(readTable(json)).rejects.toThrow(
      `${json}: is neither an .xlsx workbook nor a .csv file (the kind is told by the extension)`,
    );
  });
});
