import { FairdrawError } from '../../model/FairdrawError.js';
import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { revealPeriod } from '../../schedule/revealPeriod.js';
import { revealSummary } from '../../schedule/revealSummary.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw reveal`: prints or writes one ended period's (or the summary's) reveal with its proof. */
export function runReveal(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 3) {
    return usageError('reveal', '<input.json> <schedule.json> <period|summary>');
  }
  const [inputPath, schedulePath, which] = positional as [string, string, string];
  if (which !== 'summary' && !/^(0|[1-9][0-9]*)$/.test(which)) {
    throw new FairdrawError(
      'invalid-input',
      'period',
      `must be a period index or "summary", got ${JSON.stringify(which)}`,
    );
  }
  const input = readJson(inputPath);
  const schedule = readJson(schedulePath);
  const reveal: PeriodReveal | SummaryReveal =
    which === 'summary' ? revealSummary(input, schedule) : revealPeriod(input, schedule, Number(which));
  const text = jsonText(reveal);
  if (typeof options.out === 'string') {
    writeAll([{ path: options.out, text }]);
    return {
      code: 0,
      stdout: `wrote the reveal of ${which === 'summary' ? 'the summary' : `period ${which}`} to ${options.out}\n`,
    };
  }
  return { code: 0, stdout: text };
}
