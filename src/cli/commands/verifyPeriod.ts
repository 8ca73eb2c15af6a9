import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { verifyPeriod } from '../../schedule/verifyPeriod.js';
import { formatVerification } from '../formatVerification.js';
import type { Outcome } from '../Outcome.js';
import { parseArgs } from '../parseArgs.js';
import { readJson } from '../readJson.js';
import { USAGE } from '../usage.js';
import { usageError } from '../usageError.js';

/** Runs `fairdraw verify-period`: checks a reveal against the published schedule hash. */
export function runVerifyPeriod(argv: readonly string[]): Outcome {
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
