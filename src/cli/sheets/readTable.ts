import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/universal';
import { FairdrawError } from '../../model/FairdrawError.js';
import type { Cell } from '../../model/sheetCells.js';
import type { Table } from '../../model/sheetColumns.js';
import { readBytes } from '../io.js';
import { decodeText } from './decodeText.js';

// A spreadsheet file read as rows of cells, for `fairdraw init`: the first sheet of an .xlsx workbook
// (read-excel-file), or a CSV file (csv-parse) in UTF-8 or GB18030.

/** The rows of a CSV text, row 1 first; an empty line is an empty row, so rows keep their numbers. */
function csvRows(text: string, file: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    const detail = (e as Error).message;
    throw new FairdrawError('invalid-input', file, (t) => t.sheet.notCsv(detail));
  }
}

/** One cell of read-excel-file as a {@link Cell}: a text, number, boolean, date, or nothing. */
function cellOf(value: unknown): Cell {
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value;
  return null;
}

/** The rows of the first sheet of an .xlsx workbook, row 1 first (empty rows kept, so rows keep their numbers). */
async function xlsxRows(bytes: Buffer, file: string): Promise<Cell[][]> {
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const rows = await readSheet(data);
    return rows.map((row) => row.map(cellOf));
  } catch (e) {
    const detail = (e as Error).message || String(e);
    throw new FairdrawError('invalid-input', file, (t) => t.sheet.notXlsx(detail));
  }
}

/**
 * Reads a spreadsheet file: an `.xlsx` workbook (its first sheet; dates arrive as dates, numbers as
 * numbers) or a `.csv` file (every cell a text; UTF-8 with or without a byte-order mark, or GB18030:
 * see {@link decodeText}). The kind is told by the file's extension.
 *
 * @param path - the path as given on the command line, which every message about the file names.
 * @throws {FairdrawError} `invalid-input` naming the file when it cannot be read, is not of a kind
 *   read here (an old `.xls` workbook is told to be saved as `.xlsx`), or is not what it says it is.
 */
export async function readTable(path: string): Promise<Table> {
  const kind = extname(path).toLowerCase();
  if (kind === '.csv') return { file: path, rows: csvRows(decodeText(readBytes(path), path), path) };
  if (kind === '.xlsx') return { file: path, rows: await xlsxRows(readBytes(path), path) };
  throw new FairdrawError('invalid-input', path, (t) => (kind === '.xls' ? t.sheet.xls : t.sheet.notSheet));
}
