import { readAsOf, readForce } from '../model/asOfOption.js';
import { FairdrawError, type Phrase } from '../model/FairdrawError.js';
import type { SchedulePeriod } from '../model/scheduleSchema.js';

// Nothing from the future: a reveal opens a period only once it has ended, and the summary only once
// the horizon has (docs/audit.md, "Reveals wait for the end of the period").

/** Options of `revealPeriod` and `revealSummary`. */
export interface RevealOptions {
  /**
   * The reveal's date, ISO `yyyy-mm-dd` (required): a period is revealed only once its last day is on
   * or before it, the summary once the horizon's last day is.
   */
  asOf: string;
  /** Reveal even what has not ended by `asOf` (default false); the CLI's `--force` warns when it does. */
  force?: boolean;
}

/**
 * Reads the options of a reveal.
 *
 * @throws {FairdrawError} `invalid-input` naming `options.asOf` (missing or not a date) or
 *   `options.force` (not a boolean).
 */
export function readRevealOptions(options: unknown): Required<RevealOptions> {
  return {
    asOf: readAsOf(options, (t) => t.plan.asOfWhyReveal),
    force: readForce(options),
  };
}

/**
 * Why period `which` (0-based), or the summary, cannot be revealed as of `asOf`: it has not ended (a
 * period has ended when its last day is on or before `asOf`; the summary when the last period has,
 * the horizon's last day). `undefined` when it has ended.
 */
export function notEnded(
  periods: readonly SchedulePeriod[],
  which: number | 'summary',
  asOf: string,
): Phrase | undefined {
  if (which === 'summary') {
    const last = periods.at(-1)?.end ?? '';
    return last > asOf ? (t) => t.schedule.summaryNotEnded(last, asOf) : undefined;
  }
  const period = periods[which];
  return period && period.end > asOf
    ? (t) => t.schedule.periodNotEnded(which, period.start, period.end, asOf)
    : undefined;
}

/**
 * Refuses to reveal period `which` (or the summary) before it has ended as of `options.asOf`,
 * unless `options.force`.
 *
 * @throws {FairdrawError} `invalid-input` naming `period` when it has not ended and is not forced.
 */
export function refuseUnended(
  periods: readonly SchedulePeriod[],
  which: number | 'summary',
  options: Required<RevealOptions>,
): void {
  const why = notEnded(periods, which, options.asOf);
  if (why !== undefined && !options.force)
    throw new FairdrawError('invalid-input', 'period', (t) => t.schedule.revealEarly(why(t)));
}
