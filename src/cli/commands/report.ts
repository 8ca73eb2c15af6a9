import { fairnessReport } from '../../report/fairnessReport.js';
import { reportHtml } from '../../report/reportHtml.js';
import { stepper } from '../../schedule/progress.js';
import { text } from '../../text/catalogue.js';
import { asOfOption } from '../asOf.js';
import type { CliContext } from '../context.js';
import { csvBytes, wantsBom } from '../csv.js';
import { formatReport } from '../formatReport.js';
import { csvPaths, type OutputFile, readJson } from '../io.js';
import { nothingToWrite, type Prepared } from '../prepared.js';
import { progressBar } from '../progress.js';
import { reportTables, type TableRow } from '../tables.js';
import { parseArgs, usage, usageError } from '../usage.js';
import type { Workbook } from '../xlsx.js';

const TABLES = ['units', 'types', 'inspectors'] as const;

/**
 * Runs `fairdraw report`: the public fairness report of a schedule, as text, HTML, CSV (a file per
 * table) and .xlsx (a sheet per table: units, types, inspectors, the same rows as the CSV files, the
 * interim line first in each when the report is interim), of the periods ended by `--as-of` (default:
 * today on this machine; the schedule records no zone). The page and the tables' headers are in
 * `context.lang`. The runner writes the files (see {@link Prepared}).
 *
 * The tables are complete at any size, while the page shows distributions beyond a few hundred units
 * (`reportHtml`): a CSV file is written in chunks (`csvBytes`), and a sheet too large for one
 * worksheet (2^20 rows, or ten million cells for the writer) is written as `units`, `units-2`, ...,
 * each with the header (and the interim line) on top (`sheetParts`).
 *
 * On a terminal (not with `--quiet`) a progress bar on stderr tells each step as it ends: the
 * schedule read and checked, its visits tallied, the estimates (with `--outcomes`), the page, the
 * tables, the workbook; the runner clears it once the files are written (`Prepared.progress`).
 */
export function runReport(argv: readonly string[], context: CliContext): Prepared {
  const { lang } = context;
  const { positional, options } = parseArgs(
    argv,
    ['html', 'csv', 'xlsx', 'title', 'as-of', 'outcomes'],
    ['quiet', 'bom', 'help'],
  );
  if (options.help) return nothingToWrite({ code: 0, stdout: usage(context.lang) });
  if (positional.length !== 1)
    return nothingToWrite(usageError('report', text(context.lang).cli.expects.report, context.lang));
  const asOf = asOfOption(options);
  const outcomes = typeof options.outcomes === 'string' ? { outcomes: readJson(options.outcomes) } : {};
  const raw = readJson(positional[0]!);
  const wantsTables = typeof options.csv === 'string' || typeof options.xlsx === 'string';
  const quiet = options.quiet === true;
  const bar = progressBar(
    quiet ? { ...context, progress: undefined } : context,
    text(lang).cli.progress.report,
  );
  // the steps of the library call, then the page, the tables and the workbook, each when asked for
  const tell = stepper(
    (outcomes.outcomes !== undefined ? 3 : 2) +
      (typeof options.html === 'string' ? 1 : 0) +
      (wantsTables ? 1 : 0) +
      (typeof options.xlsx === 'string' ? 1 : 0),
    bar.onProgress,
  );
  try {
    const report = fairnessReport(raw, { asOf, ...outcomes, onProgress: (p) => tell(p.step) });
    const files: OutputFile[] = [];
    if (typeof options.html === 'string') {
      const title = typeof options.title === 'string' ? { title: options.title } : {};
      files.push({ path: options.html, text: reportHtml(report, { ...title, lang }) });
      tell('page');
    }
    const workbooks: Workbook[] = [];
    if (wantsTables) {
      const tables = reportTables(report, lang);
      const rows = (table: (typeof TABLES)[number]): TableRow[] =>
        tables.interim === undefined ? tables[table] : [[tables.interim], ...tables[table]];
      if (typeof options.csv === 'string') {
        const { paths, directory } = csvPaths(options.csv);
        for (const table of TABLES)
          files.push({
            path: paths[table],
            bytes: csvBytes(rows(table), wantsBom(options.bom, lang)),
            createDirectory: directory,
          });
      }
      if (typeof options.xlsx === 'string')
        workbooks.push({
          path: options.xlsx,
          sheets: TABLES.map((name) => ({
            name,
            rows: rows(name),
            head: tables.interim === undefined ? 1 : 2,
          })),
        });
      tell('tables');
    }
    const progress = { workbooks: () => tell('workbook'), stop: () => bar.stop() };
    if (quiet) return { files, workbooks, outcome: { code: 0 }, progress };
    const paths = [...files, ...workbooks].map((f) => f.path);
    const written = paths.length > 0 ? `\n${text(lang).cli.wrote(paths)}\n` : '';
    return {
      files,
      workbooks,
      outcome: { code: 0, stdout: `${formatReport(report, lang)}${written}` },
      progress,
    };
  } catch (e) {
    bar.stop();
    throw e;
  }
}
