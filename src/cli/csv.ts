import type { Schedule } from '../model/scheduleSchema.js';
import type { FairnessReport } from '../report/FairnessReportTypes.js';
import type { Lang } from '../text/lang.js';
import { reportTables, type TableRow, visitsTable } from './tables.js';

// The CSV files the CLI writes: a schedule's visits (`plan --csv`) and the fairness report's tables
// (`report --csv`), every cell safe to open in a spreadsheet.

/**
 * What a spreadsheet may run as a formula: a text starting with `=`, `+`, `-` or `@` (OWASP), with
 * their full-width forms `＝＋－＠` (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Chinese spreadsheet
 * programs read as formulas, or with any white space (space, tab, line feed, carriage return,
 * U+3000...), which a spreadsheet may trim before such a character.
 */
const FORMULA_START = /^[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; and a text that a
 * spreadsheet could run as a formula (see `FORMULA_START`: `= + - @`, their full-width forms, or
 * white space first) is prefixed with a single quote, as OWASP's CSV-injection guidance recommends.
 * Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV text as Excel reads it right: with `bom`, prefixed by the UTF-8 byte-order mark (U+FEFF, written
 * as EF BB BF), without which Excel reads a CSV file in the system's code page (GB18030 on a Chinese
 * Windows) and garbles every non-ASCII character; without `bom`, unchanged.
 */
export function withBom(text: string, bom: boolean): string {
  return bom ? `\uFEFF${text}` : text;
}

/**
 * Whether the CSV files of a command start with the byte-order mark: with `--bom`, and always when
 * the command writes in Chinese (`--lang zh-CN`, or a Chinese locale), whose readers open CSV files in
 * Excel on a Chinese Windows.
 *
 * @param flag - the `--bom` option (`true` when given).
 * @param lang - the language of the run.
 */
export function wantsBom(flag: unknown, lang: Lang): boolean {
  return flag === true || lang === 'zh-CN';
}

/** Rows as CSV text: every cell through {@link csvCell}, CRLF after every row (RFC 4180). */
export function csv(rows: readonly TableRow[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Rows written to text at once by {@link csvBytes}: a few MB of text each time. */
const CSV_CHUNK = 10_000;

/**
 * Rows as the bytes of a CSV file in UTF-8, the same bytes as {@link csv} (with the byte-order mark
 * first when `bom`, as {@link withBom}), written {@link CSV_CHUNK} rows at a time: the text of a
 * whole table of a million units, each with a probability per period, could exceed the longest
 * string V8 makes (2^29 - 24 characters), the bytes cannot.
 */
export function csvBytes(rows: readonly TableRow[], bom: boolean): Uint8Array {
  const parts: Buffer[] = bom ? [Buffer.from([0xef, 0xbb, 0xbf])] : [];
  if (rows.length === 0) parts.push(Buffer.from(csv(rows), 'utf8'));
  for (let from = 0; from < rows.length; from += CSV_CHUNK)
    parts.push(Buffer.from(csv(rows.slice(from, from + CSV_CHUNK)), 'utf8'));
  return Buffer.concat(parts);
}

/** The visits of a schedule as CSV: the rows of {@link visitsTable}. */
export function visitsCsv(schedule: Schedule): string {
  return csv(visitsTable(schedule));
}

/**
 * The fairness report as three CSV tables (RFC 4180, CRLF line ends, every cell through
 * {@link csvCell}, so no schedule string can run as a spreadsheet formula): the rows of
 * {@link reportTables} (`units`, `types`, `inspectors`; see there for the columns).
 *
 * An interim report's tables (`report.coverage.interim`) each start with one more line before the
 * header, a single cell that says so: `Interim report: periods 1–26 of 51, up to 2026-07-05 ...`; a
 * full report's have none.
 */
export function reportCsv(report: FairnessReport): { units: string; types: string; inspectors: string } {
  const { units, types, inspectors, interim } = reportTables(report);
  const first = interim === undefined ? '' : csv([[interim]]);
  return { units: first + csv(units), types: first + csv(types), inspectors: first + csv(inspectors) };
}
