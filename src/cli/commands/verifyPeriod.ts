import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { verifyPeriod } from '../../schedule/verifyPeriod.js';
import type { CliContext } from '../context.js';
import { formatVerification } from '../format.js';
import { readJson } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw verify-period`: checks a reveal against the published schedule hash. */
export function runVerifyPeriod(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) return usageError('verify-period', '<reveal.json> <scheduleHash>');
  const [revealPath, scheduleHash] = positional as [string, string];
  const reveal = readJson(revealPath) as PeriodReveal | SummaryReveal;
  const which =
    reveal && (reveal as { period?: unknown }).period === 'summary'
      ? 'the summary'
      : `period ${String((reveal as { period?: unknown })?.period)}`;
  return formatVerification(
    `${which} of ${revealPath} under schedule hash ${scheduleHash}`,
    verifyPeriod(reveal, scheduleHash),
  );
}
