import { FairdrawError, type Phrase } from './FairdrawError.js';
import { isoDate } from './isoDate.js';
import { isRecord } from './validate.js';

/**
 * The `asOf` date of an options object (`fairnessReport`, `revealPeriod`, `revealSummary`): the day up
 * to which periods count as ended (a period has ended when its last day is on or before it). It is
 * required, so that a library call never reads the clock and never shows the future by default.
 *
 * @param options - the caller's options, untrusted.
 * @param why - what the date decides, for the message (`a report shows only the periods ended by then`).
 * @returns the ISO date `yyyy-mm-dd`.
 * @throws {FairdrawError} `invalid-input` naming `options.asOf` when it is missing or is not an
 *   existing calendar date written `yyyy-mm-dd`.
 */
export function readAsOf(options: unknown, why: Phrase): string {
  const asOf = isRecord(options) ? options.asOf : undefined;
  if (asOf === undefined)
    throw new FairdrawError('invalid-input', 'options.asOf', (t) => t.plan.asOfRequired(why(t)));
  if (typeof asOf !== 'string' || !isoDate.safeParse(asOf).success) {
    const got = JSON.stringify(asOf) ?? typeof asOf;
    throw new FairdrawError('invalid-input', 'options.asOf', (t) => t.plan.asOfNotDate(got));
  }
  return asOf;
}

/**
 * The `force` flag of a reveal's options: `true` reveals a period (or the summary) that has not ended
 * yet; absent means `false`.
 *
 * @throws {FairdrawError} `invalid-input` naming `options.force` when it is given and is not a boolean.
 */
export function readForce(options: unknown): boolean {
  const force = isRecord(options) ? options.force : undefined;
  if (force === undefined) return false;
  if (typeof force !== 'boolean') {
    const got = JSON.stringify(force) ?? typeof force;
    throw new FairdrawError('invalid-input', 'options.force', (t) => t.plan.forceNotBoolean(got));
  }
  return force;
}
