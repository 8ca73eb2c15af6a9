import { extname } from 'node:path';
import { outcomesFromTable } from '../model/outcomesFromSheet.js';
import type { Outcomes } from '../model/outcomesSchema.js';
import { readOutcomes } from '../model/readOutcomes.js';
import { readJson } from './io.js';
import { readTable } from './sheets/readTable.js';

/**
 * Reads the outcomes of a schedule from a file (docs/outcomes.md): an outcomes JSON file, checked by
 * `readOutcomes` (errors name `outcomes.records[3].visit`), or an outcomes sheet, `.xlsx` or `.csv`
 * (UTF-8 with or without a byte-order mark, or GB18030), read by `outcomesFromTable` against the
 * schedule's current hash (errors name the file, row and column). The kind is told by the extension;
 * anything but `.xlsx` and `.csv` is read as JSON. Asynchronous, because the .xlsx reader is.
 *
 * @param path - the file as given on the command line.
 * @param schedule - the schedule the outcomes are for (validated again by the readers).
 * @throws {FairdrawError} `invalid-input` naming the file, or the field, row and column.
 */
export async function readOutcomesFile(path: string, schedule: unknown): Promise<Outcomes> {
  const kind = extname(path).toLowerCase();
  if (kind === '.xlsx' || kind === '.csv' || kind === '.xls') {
    return outcomesFromTable(await readTable(path), schedule);
  }
  return readOutcomes(readJson(path), schedule);
}
