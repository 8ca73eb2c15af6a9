import { noticeHtml } from '../../report/noticeHtml.js';
import { planNotice } from '../../report/planNotice.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { wantsBom, withBom } from '../csv.js';
import { csvTablePaths, type OutputFile, readJson, writeAll } from '../io.js';
import { noticeCsv } from '../noticeCsv.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/**
 * Runs `fairdraw notice`: the start-of-year notice of a plan and its sealed schedule, as a
 * self-contained HTML page and as CSV tables (frame and rules; with a byte-order mark on `--bom` or in
 * Chinese), written all or none.
 */
export function runNotice(argv: readonly string[], context: CliContext): Outcome {
  const { lang } = context;
  const { positional, options } = parseArgs(argv, ['html', 'csv', 'title'], ['quiet', 'bom', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2) return usageError('notice', '<plan.json> <schedule.json>', context.lang);
  if (typeof options.html !== 'string' && typeof options.csv !== 'string') {
    return usageError('notice', text(context.lang).cli.expects.notice, context.lang);
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
        text: withBom(tables[table], wantsBom(options.bom, context.lang)),
        createDirectory: directory,
      });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  const { cli } = text(context.lang);
  const { units, periods, inspectors } = notice;
  return {
    code: 0,
    stdout:
      `${cli.notice.summary(notice.anchors.scheduleHash, units.length, periods.length, inspectors.length)}\n` +
      `${cli.wrote(files.map((f) => f.path))}\n`,
  };
}
