import { fairnessReport } from '../../report/fairnessReport.js';
import { reportHtml } from '../../report/reportHtml.js';
import { asOfOption } from '../asOf.js';
import { reportCsv, withBom } from '../csv.js';
import { formatReport } from '../format.js';
import { csvPaths, type OutputFile, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/**
 * Runs `fairdraw report`: the public fairness report of a schedule, as text, HTML and CSV, of the
 * periods ended by `--as-of` (default: today on this machine; the schedule records no zone).
 */
export function runReport(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(
    argv,
    ['html', 'csv', 'title', 'as-of'],
    ['quiet', 'bom', 'help'],
  );
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1) return usageError('report', 'one schedule file');
  const asOf = asOfOption(options);
  const report = fairnessReport(readJson(positional[0]!), { asOf });
  const files: OutputFile[] = [];
  if (typeof options.html === 'string') {
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    files.push({ path: options.html, text: reportHtml(report, title) });
  }
  if (typeof options.csv === 'string') {
    const tables = reportCsv(report);
    const { paths, directory } = csvPaths(options.csv);
    for (const table of ['units', 'types', 'inspectors'] as const)
      files.push({
        path: paths[table],
        text: withBom(tables[table], options.bom === true),
        createDirectory: directory,
      });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  const written = files.length > 0 ? `\nwrote ${files.map((f) => f.path).join(', ')}\n` : '';
  return { code: 0, stdout: `${formatReport(report)}${written}` };
}
