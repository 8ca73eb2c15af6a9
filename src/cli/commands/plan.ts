import { expandPlan } from '../../schedule/expandPlan.js';
import { plan } from '../../schedule/plan.js';
import { visitsCsv } from '../csv.js';
import { formatPlan } from '../format.js';
import { jsonText, type OutputFile, readJson, writeAll } from '../io.js';
import { integerOption, type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw plan`: draws the schedule of a plan file, writes it as JSON (and CSV) and prints a summary. */
export function runPlan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'csv', 'weeks'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1) return usageError('plan', 'one input file');
  const weeks = integerOption(options, 'weeks', { min: 0, max: 1000, fallback: 2 });
  const raw = readJson(positional[0]!);
  const schedule = plan(raw);
  const { input, ignored } = expandPlan(raw);
  const files: OutputFile[] = [];
  if (typeof options.out === 'string') files.push({ path: options.out, text: jsonText(schedule) });
  if (typeof options.csv === 'string') {
    const names = new Map(input.units.map((u) => [u.id, u.name ?? '']));
    files.push({ path: options.csv, text: visitsCsv(schedule, names) });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  let text = formatPlan(input, schedule, { weeks, ignored });
  if (options.out === undefined) text += '\n(use --out schedule.json to write the full schedule)\n';
  return { code: 0, stdout: text };
}
