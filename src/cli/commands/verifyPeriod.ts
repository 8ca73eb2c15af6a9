import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { verifyPeriod } from '../../schedule/verifyPeriod.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatVerification } from '../format.js';
import { readJson } from '../io.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/**
 * Runs `fairdraw verify-period`: checks a reveal against the published schedule hash, and names the
 * period by its number, counted from 1 (the reveal's `period` + 1).
 */
export function runVerifyPeriod(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2)
    return usageError('verify-period', '<reveal.json> <scheduleHash>', context.lang);
  const [revealPath, scheduleHash] = positional as [string, string];
  const reveal = readJson(revealPath) as PeriodReveal | SummaryReveal;
  const t = text(context.lang).cli.verification;
  const period = (reveal as { period?: unknown } | null)?.period;
  // the reveal's period is its index, from 0; people count periods from 1
  const which =
    period === 'summary'
      ? t.summary
      : t.period(typeof period === 'number' && Number.isSafeInteger(period) ? period + 1 : String(period));
  return formatVerification(
    t.reveal(which, revealPath, scheduleHash),
    verifyPeriod(reveal, scheduleHash),
    context.lang,
  );
}
