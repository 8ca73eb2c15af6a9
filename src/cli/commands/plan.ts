import { checkSecretEntropy } from '../../audit/checkSecretEntropy.js';
import { FairdrawError } from '../../model/FairdrawError.js';
import { expandPlan } from '../../schedule/expandPlan.js';
import { plan } from '../../schedule/plan.js';
import { type Catalogue, text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { csv, wantsBom, withBom } from '../csv.js';
import { formatPlan } from '../format.js';
import { jsonText, type OutputFile, readJson } from '../io.js';
import { nothingToWrite, type Prepared } from '../prepared.js';
import { progressBar } from '../progress.js';
import { visitsTable } from '../tables.js';
import { integerOption, parseArgs, usage, usageError } from '../usage.js';
import type { Workbook } from '../xlsx.js';

/**
 * Runs `fairdraw plan`: draws the schedule of a plan file, to be written as JSON (and the visit list
 * as CSV and .xlsx, a sheet `visits` of the same rows), and prints a summary, with a warning on stderr
 * when the seed is a plain string (exit status 0 all the same). `--quiet` prints nothing, the warning
 * included. The runner writes the files (see {@link Prepared}).
 */
export function runPlan(argv: readonly string[], context: CliContext): Prepared {
  const { positional, options } = parseArgs(argv, ['out', 'csv', 'xlsx', 'weeks'], ['quiet', 'bom', 'help']);
  const { cli } = text(context.lang);
  if (options.help) return nothingToWrite({ code: 0, stdout: usage(context.lang) });
  if (positional.length !== 1) return nothingToWrite(usageError('plan', cli.expects.plan, context.lang));
  const weeks = integerOption(options, 'weeks', { min: 0, max: 1000, fallback: 2 });
  const raw = readJson(positional[0]!);
  const bar = progressBar(options.quiet ? { ...context, progress: undefined } : context, cli.progress.plan);
  let schedule: ReturnType<typeof plan>;
  try {
    schedule = plan(raw, bar.onProgress ? { onProgress: bar.onProgress } : {});
  } finally {
    bar.stop();
  }
  const { input, ignored } = expandPlan(raw);
  const files: OutputFile[] = [];
  const workbooks: Workbook[] = [];
  if (typeof options.out === 'string') files.push({ path: options.out, text: jsonText(schedule) });
  const visits = visitsTable(schedule);
  if (typeof options.csv === 'string')
    files.push({ path: options.csv, text: withBom(csv(visits), wantsBom(options.bom, context.lang)) });
  if (typeof options.xlsx === 'string')
    workbooks.push({ path: options.xlsx, sheets: [{ name: 'visits', rows: visits }] });
  if (options.quiet) return { files, workbooks, outcome: { code: 0 } };
  let summary = formatPlan(input, schedule, { weeks, ignored, lang: context.lang });
  if (options.out === undefined) summary += `\n${cli.plan.noOut}\n`;
  const warning = typeof input.seed === 'string' ? plainSeedWarning(input.seed, cli) : undefined;
  return { files, workbooks, outcome: { code: 0, stdout: summary, ...(warning ? { stderr: warning } : {}) } };
}

/**
 * The warning for a plain-string seed, which never names the seed (the output may be posted). One
 * that `checkSecretEntropy` refuses can be guessed, and then every visit re-derived; one that passes
 * is still no commitment: nobody outside can check that it was fixed before the draw rather than
 * picked among many for the schedule it gives. Either way the cure is `fairdraw commit`.
 */
function plainSeedWarning(seed: string, cli: Catalogue['cli']): string {
  let guessable = false;
  try {
    checkSecretEntropy(seed, 'seed');
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    guessable = true;
  }
  const why = guessable ? cli.plan.seedGuessable : cli.plan.seedUnguessable;
  return `fairdraw: ${cli.warning(why)}${cli.plan.seedCure}`;
}
