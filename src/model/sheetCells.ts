import { english, type Phrase, say, withWords, wordsOf } from './FairdrawError.js';

// The cells of a spreadsheet row read as the values of a plan file: texts, numbers, dates and lists,
// whether they come from an .xlsx file (numbers, dates) or a .csv file (texts only).

/** One cell as a spreadsheet gives it: a text, a number, a boolean, a date (.xlsx), or nothing. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * A cell's value, or what is wrong with it in words a planner can act on (in English; its words in
 * every language are recorded: `wordsOf(read).message`).
 */
export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });

/** A cell that cannot be read, and why, in every language. */
export const bad = (message: Phrase): CellRead<never> =>
  withWords({ ok: false as const, message: english(message) }, message);

/** The separators of a list in one cell: `;`, the full-width `；` and the enumeration comma `、`. */
const LIST_SEPARATOR = /[;；、]/;

/** The separators of a range of days in one cell: `~`, the full-width `～` and `至`. */
const RANGE_SEPARATOR = /[~～至]/;

/** Excel's day 0 (its serial numbers count days from 1899-12-30, past its phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** The serial numbers of 1900-03-01 and 9999-12-31: before the first, Excel's serials are off by one. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

/** At most this many days in one range of a cell (`2027-03-01~2027-03-05`). */
const MAX_RANGE_DAYS = 366;

/** The cell as it reads, for a message: a text quoted as JSON, anything else as it is. */
export function shown(cell: Cell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'an invalid date' : isoOfUtc(cell);
  return typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
}

/** Whether the cell holds nothing (no value, or only white space). */
export function isEmpty(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A cell as text, trimmed (white space and the ideographic space U+3000 included): a number as
 * JavaScript writes it (`1001`), a date as its ISO date, a boolean as `true`/`false`.
 */
export function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return shown(cell);
  return String(cell).trim();
}

/**
 * A number: a number cell, or a text written as a decimal number (full-width digits too: `３`).
 * `"高"` gives `"高" is not a number`.
 */
export function numberOf(cell: Cell): CellRead<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? ok(cell) : bad((t) => t.sheet.notNumber(shown(cell)));
  if (typeof cell === 'string') {
    const text = cell.normalize('NFKC').trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      const n = Number(text);
      if (Number.isFinite(n)) return ok(n);
    }
  }
  return bad((t) => t.sheet.notNumber(shown(cell)));
}

/** A whole number (`2`, `"2"`); `2.5` gives `2.5 is not a whole number`. */
export function integerOf(cell: Cell): CellRead<number> {
  const n = numberOf(cell);
  if (!n.ok) return n;
  return Number.isSafeInteger(n.value) ? n : bad((t) => t.sheet.notWholeNumber(shown(cell)));
}

/** The ISO date (`yyyy-mm-dd`) of a `Date`'s UTC calendar day, which is how .xlsx dates are read. */
function isoOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO date of year, month and day, or `undefined` when no such day exists (2027-02-30). */
function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return isoOfUtc(date);
}

/** The day of an Excel serial number (its fraction, the time of day, dropped), or `undefined` out of range. */
function serialDate(serial: number): string | undefined {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < FIRST_SERIAL || days > LAST_SERIAL) return undefined;
  return isoOfUtc(new Date(EXCEL_EPOCH + days * DAY_MS));
}

/**
 * The date of a text: `2027-01-04`, `2027/1/4`, `2027.1.4`, `2027年1月4日`, `20270104`, or five digits,
 * an Excel serial number (`46391`), which is how Excel writes a date cell formatted as a number to CSV.
 */
function dateOfText(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  if (/^\d{5}$/.test(t)) return serialDate(Number(t));
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * A calendar date as an ISO date `yyyy-mm-dd`, exactly, with no time-zone shift:
 * - a date cell of an .xlsx file (a `Date` at midnight UTC, which is how the reader gives Excel's
 *   zone-free dates): its UTC calendar day;
 * - an Excel serial number (a date cell formatted as a number: 46391 is 2027-01-04): the day it counts
 *   from 1899-12-30 (its time of day, a fraction, is dropped);
 * - a text: `2027-01-04`, `2027/1/4`, `2027.1.4`, `2027年1月4日`, `20270104`, or a serial number of
 *   five digits (`46391`: a date cell formatted as a number, saved as CSV).
 */
export function dateOf(cell: Cell): CellRead<string> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? bad((t) => t.sheet.invalidDate) : ok(isoOfUtc(cell));
  }
  const date =
    typeof cell === 'number' ? serialDate(cell) : typeof cell === 'string' ? dateOfText(cell) : undefined;
  return date === undefined ? bad((t) => t.sheet.notDate(shown(cell))) : ok(date);
}

/** The items of a list cell, separated by `;`, `；` or `、`, trimmed, empty items dropped. */
export function listOf(cell: Cell): string[] {
  return textOf(cell)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The days of a list of dates: a date cell, or a text of dates and ranges separated by `;`, `；` or
 * `、`, a range written `2027-03-01~2027-03-05` (or `～`, `至`) meaning every day from the first to the
 * last; sorted, without repeats.
 */
export function datesOf(cell: Cell): CellRead<string[]> {
  if (typeof cell !== 'string') {
    const one = dateOf(cell);
    return one.ok ? ok([one.value]) : one;
  }
  const days = new Set<string>();
  for (const item of listOf(cell)) {
    const ends = item.split(RANGE_SEPARATOR).map((s) => s.trim());
    const read = ends.map(dateOf);
    const failed = read.find((r) => !r.ok);
    if (failed && !failed.ok) {
      const why = wordsOf(failed).message;
      return bad((t) => t.sheet.inItem(item, say(why, t)));
    }
    const [from, to] = read.map((r) => (r.ok ? r.value : ''));
    if (ends.length === 1) days.add(from!);
    else if (ends.length !== 2) return bad((t) => t.sheet.notDateOrRange(item));
    else {
      const first = Date.parse(from!);
      const count = (Date.parse(to!) - first) / DAY_MS + 1;
      if (count < 1) return bad((t) => t.sheet.rangeBackwards(item));
      if (count > MAX_RANGE_DAYS) return bad((t) => t.sheet.rangeTooLong(item));
      for (let k = 0; k < count; k++) days.add(isoOfUtc(new Date(first + k * DAY_MS)));
    }
  }
  return ok([...days].sort());
}
