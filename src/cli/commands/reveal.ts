import { english, FairdrawError } from '../../model/FairdrawError.js';
import { readSchedule } from '../../model/scheduleSchema.js';
import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { notEnded } from '../../schedule/revealGuard.js';
import { revealPeriod } from '../../schedule/revealPeriod.js';
import { revealSummary } from '../../schedule/revealSummary.js';
import { asOfOption } from '../asOf.js';
import type { CliContext } from '../context.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** The plan file's `horizon.zone`, when it has one, for today's date there. */
const zoneOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null
    ? ((input as { horizon?: { zone?: unknown } }).horizon?.zone ?? undefined)
    : undefined;

/**
 * Runs `fairdraw reveal`: prints or writes one ended period's (or, after the horizon, the summary's)
 * reveal with its proof. A period not ended as of `--as-of` (default: today in the plan's zone) is
 * refused; `--force` reveals it anyway, with a warning on stderr.
 */
export function runReveal(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'as-of'], ['force', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 3) {
    return usageError('reveal', '<input.json> <schedule.json> <period|summary>');
  }
  const [inputPath, schedulePath, which] = positional as [string, string, string];
  if (which !== 'summary' && !/^(0|[1-9][0-9]*)$/.test(which)) {
    throw new FairdrawError('invalid-input', 'period', (t) => t.cli.periodArgument(which));
  }
  const input = readJson(inputPath);
  const schedule = readJson(schedulePath);
  const guard = { asOf: asOfOption(options, zoneOf(input)), force: options.force === true };
  const reveal: PeriodReveal | SummaryReveal =
    which === 'summary'
      ? revealSummary(input, schedule, guard)
      : revealPeriod(input, schedule, Number(which), guard);
  // the reveal was made, so the schedule is valid; a forced early reveal is said out loud
  const early = notEnded(readSchedule(schedule).periods, reveal.period, guard.asOf);
  const warning =
    early === undefined
      ? {}
      : { stderr: `fairdraw: warning: ${english(early)}; revealed anyway (--force)\n` };
  const text = jsonText(reveal);
  if (typeof options.out === 'string') {
    writeAll([{ path: options.out, text }]);
    return {
      code: 0,
      stdout: `wrote the reveal of ${which === 'summary' ? 'the summary' : `period ${which}`} to ${options.out}\n`,
      ...warning,
    };
  }
  return { code: 0, stdout: text, ...warning };
}
