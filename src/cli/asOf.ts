import { DateTime } from 'luxon';
import { isoDate } from '../model/isoDate.js';
import { OptionError, type ParsedArgs } from './usage.js';

// The `--as-of DATE` option of `report` and `reveal`: the CLI's only reading of the clock for them.

/**
 * The value of `--as-of DATE`, an existing calendar date written `yyyy-mm-dd`; without the option,
 * today's date on this machine, in `zone` (an IANA zone, such as the plan's `horizon.zone`) when it
 * is given and valid, else in the machine's own zone.
 *
 * @throws {OptionError} naming `--as-of` when its value is not such a date (exit 2).
 */
export function asOfOption(options: ParsedArgs['options'], zone?: unknown): string {
  const value = options['as-of'];
  if (value === undefined) {
    const now = DateTime.now();
    const there = typeof zone === 'string' ? now.setZone(zone) : now;
    return (there.isValid ? there : now).toISODate()!;
  }
  if (typeof value !== 'string' || !isoDate.safeParse(value).success)
    throw new OptionError((cli) => cli.options.asOf(JSON.stringify(value)));
  return value;
}
