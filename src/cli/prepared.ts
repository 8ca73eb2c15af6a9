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
  /**
   * A progress bar the command leaves drawn while the workbooks are made (`report`): told when they
   * are, and stopped once everything is written or has failed.
   */
  progress?: { workbooks(): void; stop(): void };
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
  try {
    if (p.workbooks.length > 0)
      throw new Error('fairdraw bug: --xlsx writes a workbook asynchronously; run it through runAsync');
    writeAll(p.files);
    return p.outcome;
  } finally {
    p.progress?.stop();
  }
}

/**
 * Makes the workbooks of `p`, then writes them and its other files with one `writeAll` (all or none,
 * the workbooks after the other files), and returns its outcome.
 */
export async function writePreparedAsync(p: Prepared): Promise<Outcome> {
  try {
    const books = await workbookFiles(p.workbooks);
    if (p.workbooks.length > 0) p.progress?.workbooks();
    writeAll([...p.files, ...books]);
    return p.outcome;
  } finally {
    p.progress?.stop();
  }
}
