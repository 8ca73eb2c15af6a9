import { type OutputFile, writeAll } from './io.js';
import type { Outcome } from './usage.js';
import { type Workbook, workbookFiles } from './xlsx.js';

// A command that may write .xlsx workbooks (plan, report, tasks) does not write its files itself: it
// says what to write and what to print, and `run` (synchronous) or `runAsync` writes them, all or none.

/** What a command comes to before anything is written: its files, its workbooks, then what to print. */
export interface Prepared {
  /** The files whose content is ready (JSON, CSV, HTML, ICS). */
  files: OutputFile[];
  /** The .xlsx workbooks, whose bytes are made asynchronously (write-excel-file). */
  workbooks: Workbook[];
  /** What to print once every file is written. */
  outcome: Outcome;
}

/** A command that writes nothing and prints `outcome` (`--help`, a wrong call). */
export function nothingToWrite(outcome: Outcome): Prepared {
  return { files: [], workbooks: [], outcome };
}

/**
 * Writes the files of `p` at once with `writeAll` and returns its outcome. A workbook cannot be made
 * synchronously: a command that asks for one must run through `runAsync` (the `fairdraw` command does).
 */
export function writePrepared(p: Prepared): Outcome {
  if (p.workbooks.length > 0)
    throw new Error('fairdraw bug: --xlsx writes a workbook asynchronously; run it through runAsync');
  writeAll(p.files);
  return p.outcome;
}

/**
 * Makes the workbooks of `p`, then writes them and its other files with one `writeAll` (all or none,
 * the workbooks after the other files), and returns its outcome.
 */
export async function writePreparedAsync(p: Prepared): Promise<Outcome> {
  writeAll([...p.files, ...(await workbookFiles(p.workbooks))]);
  return p.outcome;
}
