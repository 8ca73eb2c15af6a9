import { FairdrawError, problem, wordsOf } from '../../model/FairdrawError.js';
import type { TaskSheets } from '../../report/TaskSheetTypes.js';
import { taskSheets } from '../../report/taskSheets.js';
import { taskSheetsHtml } from '../../report/taskSheetsHtml.js';
import {
  inspectorText,
  kindText,
  sheetDay,
  teammatesText,
  unitText,
  whyText,
} from '../../report/taskSheetText.js';
import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { CliContext } from '../context.js';
import { type OutputFile, readJson } from '../io.js';
import { nothingToWrite, type Prepared } from '../prepared.js';
import { taskTable } from '../tables.js';
import { taskSheetsIcs } from '../tasksIcs.js';
import { parseArgs, stringOption, usage, usageError } from '../usage.js';
import type { Workbook } from '../xlsx.js';

/** The sheets as text: a line for the day, then each inspector's visits with teammates and why. */
function formatTaskSheets(sheets: TaskSheets, lang: Lang): string {
  const t = text(lang).tasks;
  const names = sheets.inspectorNames ?? {};
  const day = sheetDay(sheets, lang);
  const visits = new Set(sheets.sheets.flatMap((s) => s.visits.map((v) => v.id))).size;
  const out = [
    t.summary(day, sheets.sheets.length, visits + sheets.unassigned.length),
    t.scheduleLine(sheets.scheduleHash),
  ];
  if (sheets.sheets.length === 0 && sheets.unassigned.length === 0) out.push(t.nothing(day));
  const lines = (v: TaskSheets['unassigned'][number]) => [
    `  ${v.id}  ${unitText(v, lang)}  ${kindText(v, lang)}`,
    `      ${t.teammatesLine(teammatesText(v, lang, names))}`,
    `      ${whyText(v, lang)}`,
  ];
  for (const sheet of sheets.sheets) {
    out.push('', t.sheetLine(inspectorText(sheet.inspector, lang, names), sheet.visits.length));
    if (sheet.visits.length === 0) out.push(`  ${t.noVisit}`);
    for (const v of sheet.visits) for (const line of lines(v)) out.push(line);
  }
  if (sheets.unassigned.length > 0) {
    out.push('', t.unassignedLine);
    for (const v of sheets.unassigned) for (const line of lines(v)) out.push(line);
  }
  return `${out.join('\n')}\n`;
}

/** The library names its options `options.date`, `options.inspector`; the command line, `--date`, `--inspector`. */
function withFlagPaths<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof FairdrawError) || !e.path.startsWith('options')) throw e;
    const rename = (path: string) => path.replace(/^options\.(date|inspector)\b/, '--$1');
    throw new FairdrawError(
      e.code,
      rename(e.path),
      wordsOf(e).message,
      e.problems.map((p) => problem(rename(p.path), wordsOf(p).message)),
    );
  }
}

/**
 * Runs `fairdraw tasks`: one day's task sheets, as text, a printable HTML page, an ICS file and an
 * .xlsx workbook (one sheet `tasks`, a row per inspector and visit: see {@link taskTable}), in the
 * language of `context.lang` (`--lang zh-CN`: Chinese texts, dates and headers; the sheet `督察任务单`).
 * The runner writes the files (see {@link Prepared}).
 */
export function runTasks(argv: readonly string[], context: CliContext): Prepared {
  const { lang } = context;
  const { positional, options } = parseArgs(
    argv,
    ['date', 'inspector', 'html', 'ics', 'xlsx', 'title'],
    ['quiet', 'help'],
  );
  if (options.help) return nothingToWrite({ code: 0, stdout: usage(context.lang) });
  const date = stringOption(options, 'date');
  if (positional.length !== 1 || date === undefined)
    return nothingToWrite(usageError('tasks', '<schedule.json> --date <yyyy-mm-dd>', lang));
  const inspector = stringOption(options, 'inspector');
  const schedule = readJson(positional[0]!);
  const sheets = withFlagPaths(() =>
    taskSheets(schedule, { date, ...(inspector === undefined ? {} : { inspector }) }),
  );
  const files: OutputFile[] = [];
  const html = stringOption(options, 'html');
  if (html !== undefined) {
    const title = stringOption(options, 'title');
    files.push({
      path: html,
      text: taskSheetsHtml(sheets, { lang, ...(title === undefined ? {} : { title }) }),
    });
  }
  const ics = stringOption(options, 'ics');
  if (ics !== undefined) files.push({ path: ics, text: taskSheetsIcs(sheets, lang) });
  const xlsx = stringOption(options, 'xlsx');
  const t = text(lang).tasks;
  const workbooks: Workbook[] =
    xlsx === undefined
      ? []
      : [{ path: xlsx, sheets: [{ name: t.sheetName, rows: taskTable(sheets, lang) }] }];
  if (options.quiet) return { files, workbooks, outcome: { code: 0 } };
  const paths = [...files, ...workbooks].map((f) => f.path);
  const written = paths.length > 0 ? `\n${t.wrote(paths)}\n` : '';
  return { files, workbooks, outcome: { code: 0, stdout: `${formatTaskSheets(sheets, lang)}${written}` } };
}
