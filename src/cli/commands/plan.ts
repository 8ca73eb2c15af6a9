import { planInputSchema } from '../../model/planInputSchema.js';
import { validate } from '../../model/validate.js';
import { plan } from '../../schedule/plan.js';
import { formatPlan } from '../formatPlan.js';
import { jsonText } from '../jsonText.js';
import type { Outcome } from '../Outcome.js';
import { parseArgs } from '../parseArgs.js';
import { readJson } from '../readJson.js';
import { USAGE } from '../usage.js';
import { usageError } from '../usageError.js';
import { visitsCsv } from '../visitsCsv.js';
import { writeOut } from '../writeOut.js';

/** Runs `fairdraw plan`: draws the schedule of a plan file, writes it as JSON (and CSV) and prints a summary. */
export function runPlan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'csv', 'weeks'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1) return usageError('plan', 'one input file');
  const raw = readJson(positional[0]!);
  const schedule = plan(raw);
  const input = validate(planInputSchema, raw);
  if (typeof options.out === 'string') writeOut(options.out, jsonText(schedule));
  if (typeof options.csv === 'string') {
    const names = new Map(input.units.map((u) => [u.id, u.name ?? '']));
    writeOut(options.csv, visitsCsv(schedule, names));
  }
  if (options.quiet) return { code: 0 };
  const weeks = typeof options.weeks === 'string' ? Number(options.weeks) : 2;
  let text = formatPlan(input, schedule, { weeks: Number.isFinite(weeks) ? weeks : 2 });
  if (options.out === undefined) text += '\n(use --out schedule.json to write the full schedule)\n';
  return { code: 0, stdout: text };
}
