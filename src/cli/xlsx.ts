import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { showControls } from '../report/visibleText.js';
import type { OutputFile } from './io.js';
import type { TableRow } from './tables.js';

// The .xlsx workbooks the CLI writes (`plan --xlsx`, `report --xlsx`, `tasks --xlsx`), written by
// write-excel-file. The CLI only: the library (src/index.ts) never imports this file, so its bundles
// carry no zip writer.

/** One sheet of a workbook: its name (on the tab) and its rows. */
export interface XlsxSheet {
  name: string;
  rows: readonly TableRow[];
  /**
   * How many of the first rows head the table (default 1, the header; 2 with an interim report's
   * line): repeated at the top of each part when the sheet is too large for one (see {@link sheetParts}).
   */
  head?: number;
}

/** The most rows a worksheet holds (Excel's limit, 2^20). */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * The most cells the CLI puts in one worksheet. write-excel-file writes a worksheet's XML as one
 * string, about 35 to 45 characters a cell, and V8 refuses a string of more than 2^29 - 24 (about
 * 537 million) characters: a units sheet of a million units (15 million cells) fails with "Invalid
 * string length". Ten million cells keep every sheet well under it.
 */
export const XLSX_MAX_CELLS = 10_000_000;

/**
 * A sheet as the parts a workbook can hold: the sheet itself when it fits, else consecutive parts of
 * its rows, each at most {@link XLSX_MAX_ROWS} rows and {@link XLSX_MAX_CELLS} cells with its head
 * rows repeated on top, named `units`, `units-2`, `units-3`... So every row is in the workbook, in
 * order, whatever the size, and each part reads as a table on its own.
 *
 * @param maxCells - the most cells of a part (the tests give a small one).
 */
export function sheetParts(sheet: XlsxSheet, maxCells = XLSX_MAX_CELLS): XlsxSheet[] {
  const head = Math.min(sheet.head ?? 1, sheet.rows.length);
  let columns = 1;
  for (const row of sheet.rows) if (row.length > columns) columns = row.length;
  const perPart = Math.max(1, Math.min(XLSX_MAX_ROWS, Math.floor(maxCells / columns)) - head);
  const body = sheet.rows.length - head;
  if (body <= perPart) return [sheet];
  const top = sheet.rows.slice(0, head);
  const parts: XlsxSheet[] = [];
  for (let from = head, k = 1; from < sheet.rows.length; from += perPart, k++)
    parts.push({
      name: k === 1 ? sheet.name : `${sheet.name}-${k}`,
      rows: [...top, ...sheet.rows.slice(from, from + perPart)],
      head,
    });
  return parts;
}

/** A workbook a command writes: the path as given on the command line, and its sheets in order. */
export interface Workbook {
  path: string;
  sheets: readonly XlsxSheet[];
}

/** 1980-01-01 00:00:00, the first day a zip entry can carry (MS-DOS date: day 1, month 1, year 0). */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;

/**
 * The zip archive `zip` with every entry's modification time set to {@link DOS_DATE} (in place): the
 * zip writer stamps each entry with the clock (in local time), so two runs a second apart would give
 * different bytes. The times are in the local headers and the central directory, outside the data and
 * its CRC, so nothing else changes. Reads the end-of-central-directory record (the archive carries no
 * comment: it is the last 22 bytes) and walks the central directory from there.
 *
 * @throws {Error} when `zip` is not the archive this expects (a bug, or a changed zip writer).
 */
function fixedZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
    throw new Error('fairdraw bug: the .xlsx writer did not end the archive as expected');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new Error('fairdraw bug: unexpected central directory in the .xlsx archive');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50)
      throw new Error('fairdraw bug: unexpected local header in the .xlsx archive');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/**
 * One cell: a number as a number; a text as a text (an xlsx text cell is never evaluated, so a text
 * starting with `=` stays that text, and needs no quote as in CSV), with control characters (but line
 * feeds) written as their codes (`\u001b`), which XML cannot hold; an empty text as an empty cell.
 */
function cell(value: string | number): Cell {
  if (typeof value === 'number') return { value, type: Number };
  return value === '' ? null : { value: showControls(value, true), type: String };
}

/**
 * The bytes of an .xlsx workbook of `sheets`, written by write-excel-file: numbers as numbers, texts
 * as texts (dates too: ISO `2026-03-05`, as in the CSV files and the JSON, so no spreadsheet turns
 * them into another calendar's serial number or zone). The same sheets always give the same bytes: the
 * zip entries carry 1980-01-01 00:00 instead of the clock. A sheet too large for one worksheet is
 * written as several ({@link sheetParts}: `units`, `units-2`, ...), so no row is lost.
 *
 * @param maxCells - the most cells of a worksheet (the tests give a small one).
 */
export async function xlsxBytes(
  sheets: readonly XlsxSheet[],
  maxCells = XLSX_MAX_CELLS,
): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(
    sheets
      .flatMap((sheet) => sheetParts(sheet, maxCells))
      .map((s) => ({ sheet: s.name, data: s.rows.map((row) => row.map(cell)) })),
  ).toBuffer();
  return fixedZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}

/** The workbooks as files for `writeAll`, their bytes made first. */
export async function workbookFiles(workbooks: readonly Workbook[]): Promise<OutputFile[]> {
  return Promise.all(workbooks.map(async (w) => ({ path: w.path, bytes: await xlsxBytes(w.sheets) })));
}
