import { noticeHtml } from '../../report/noticeHtml.js';
import { planNotice } from '../../report/planNotice.js';
import type { CliContext } from '../context.js';
import { withBom } from '../csv.js';
import { csvTablePaths, type OutputFile, readJson, writeAll } from '../io.js';
import { noticeCsv } from '../noticeCsv.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/**
 * Runs `fairdraw notice`: the start-of-year notice of a plan and its sealed schedule, as a
 * self-contained HTML page and as CSV tables (frame and rules), written all or none, in
 * `context.lang` (Chinese CSV files start with a UTF-8 byte-order mark, for Excel).
 */
export function runNotice(argv: readonly string[], context: CliContext): Outcome {
  const { lang } = context;
  const { positional, options } = parseArgs(argv, ['html', 'csv', 'title'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) return usageError('notice', '<plan.json> <schedule.json>');
  if (typeof options.html !== 'string' && typeof options.csv !== 'string') {
    return usageError('notice', '--html <file> or --csv <dir/> (or both)');
  }
  const [planPath, schedulePath] = positional as [string, string];
  const notice = planNotice(readJson(planPath), readJson(schedulePath));
  const files: OutputFile[] = [];
  if (typeof options.html === 'string') {
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    files.push({ path: options.html, text: noticeHtml(notice, { ...title, lang }) });
  }
  if (typeof options.csv === 'string') {
    const tables = noticeCsv(notice, lang);
    const { paths, directory } = csvTablePaths(options.csv, ['frame', 'rules'] as const);
    for (const table of ['frame', 'rules'] as const)
      files.push({
        path: paths[table],
        text: withBom(tables[table], lang === 'zh-CN'),
        createDirectory: directory,
      });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  return {
    code: 0,
    stdout:
      `start-of-year notice of schedule ${notice.anchors.scheduleHash}: ${notice.units.length} units, ` +
      `${notice.periods.length} periods, ${notice.inspectors.length} inspectors; no visit is named\n` +
      `wrote ${files.map((f) => f.path).join(', ')}\n`,
  };
}
