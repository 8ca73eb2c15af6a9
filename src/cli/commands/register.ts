import { register } from '../../outcomes/register.js';
import { registerHtml } from '../../report/registerHtml.js';
import { text } from '../../text/catalogue.js';
import { asOfOption } from '../asOf.js';
import type { CliContext } from '../context.js';
import { csv, withBom } from '../csv.js';
import { csvTablePaths, type OutputFile, readJson } from '../io.js';
import { readOutcomesFile } from '../outcomesFile.js';
import { nothingToWrite, type Prepared } from '../prepared.js';
import { registerTables } from '../registerTables.js';
import { parseArgs, usage, usageError } from '../usage.js';
import type { Workbook } from '../xlsx.js';

const TABLES = ['problems', 'complaints', 'unrecorded'] as const;

/**
 * Runs `fairdraw register`: the rectification register (整改台账, docs/outcomes.md) of a schedule and
 * its outcomes (a JSON file, or an .xlsx or .csv sheet) as of `--as-of` (default: today on this
 * machine), public unless `--office`: a summary printed, and an HTML page (`--html`), CSV files
 * (`--csv`, one per table: problems, complaints, unrecorded) and an .xlsx workbook (`--xlsx`, a sheet
 * per table), in the language of `--lang`. Asynchronous, because the .xlsx reader is; the runner
 * writes the files (see {@link Prepared}).
 */
export async function prepareRegister(argv: readonly string[], context: CliContext): Promise<Prepared> {
  const { positional, options } = parseArgs(
    argv,
    ['html', 'csv', 'xlsx', 'title', 'as-of'],
    ['office', 'quiet', 'bom', 'help'],
  );
  if (options.help) return nothingToWrite({ code: 0, stdout: usage(context.lang) });
  if (positional.length !== 2)
    return nothingToWrite(usageError('register', '<schedule.json> <outcomes.json|.xlsx|.csv>', context.lang));
  const [schedulePath, outcomesPath] = positional as [string, string];
  const asOf = asOfOption(options);
  const schedule = readJson(schedulePath);
  const outcomes = await readOutcomesFile(outcomesPath, schedule);
  const r = register(schedule, outcomes, { asOf, audience: options.office ? 'office' : 'public' });
  const { lang } = context;
  const files: OutputFile[] = [];
  if (typeof options.html === 'string') {
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    files.push({ path: options.html, text: registerHtml(r, { ...title, lang }) });
  }
  const tables = registerTables(r, lang);
  if (typeof options.csv === 'string') {
    const { paths, directory } = csvTablePaths(options.csv, TABLES);
    for (const table of TABLES)
      files.push({
        path: paths[table],
        text: withBom(csv(tables[table]), options.bom === true),
        createDirectory: directory,
      });
  }
  const workbooks: Workbook[] = [];
  if (typeof options.xlsx === 'string')
    workbooks.push({ path: options.xlsx, sheets: TABLES.map((name) => ({ name, rows: tables[name] })) });
  if (options.quiet) return { files, workbooks, outcome: { code: 0 } };
  const t = text(lang).register.summary;
  const c = r.counts;
  const paths = [...files, ...workbooks].map((f) => f.path);
  const lines = [
    t.heading(r.audience, r.through),
    t.counts(c.problems, c.open, c.overdue, c.closed),
    t.complaints(c.complaints, c.awaitingFeedback),
    t.unrecorded(r.unrecorded.length),
    ...(paths.length > 0 ? ['', t.wrote(paths)] : []),
  ];
  return { files, workbooks, outcome: { code: 0, stdout: `${lines.join('\n')}\n` } };
}
