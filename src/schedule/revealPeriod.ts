import { merkleProof } from '../audit/merkle.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { openSeal } from './anchors.js';
import type { PeriodReveal } from './PeriodReveal.js';
import { type RevealOptions, readRevealOptions, refuseUnended } from './revealGuard.js';

/**
 * Reveals one period of a sealed schedule: its visits (all kinds, in schedule order), the names of the
 * units and inspectors they name (`names`; not in a schedule sealed with `fairdraw/seal/v1+rfc6962`,
 * which carries none), its salt, and the RFC 6962 audit path from its leaf to the published `manifest.scheduleHash` (Laurie, Langley & Kasper,
 * RFC 6962, 2013, section 2.1.1). Anyone can check it with `verifyPeriod(reveal, scheduleHash)` without
 * seeing any other period; the other periods stay hidden behind their own secret salts.
 *
 * Nothing from the future: a period is revealed only once it has ended as of `options.asOf` (its last
 * day is on or before it), unless `options.force` is true.
 *
 * @param input - the plan file the schedule was drawn from (its seed gives the salts).
 * @param schedule - the sealed schedule.
 * @param period - the period to reveal, 0-based.
 * @param options - `asOf`, the reveal's date `yyyy-mm-dd` (required); `force`, reveal a period that
 *   has not ended (default false).
 * @returns the reveal, plain JSON.
 * @throws FairdrawError naming the field: `options.asOf` missing or not a date, bad input, a period
 *   out of range or not ended as of `asOf` (`period`), or a schedule that does not match its own seal
 *   (`schedule.manifest.scheduleHash`).
 */
export function revealPeriod(
  input: unknown,
  schedule: unknown,
  period: number,
  options: RevealOptions,
): PeriodReveal {
  const guard = readRevealOptions(options);
  const { tree, schedule: sealed } = openSeal(input, schedule);
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 0 || period >= tree.periods) {
    const got = JSON.stringify(period) ?? typeof period;
    throw new FairdrawError('invalid-input', 'period', (t) => t.schedule.periodIndex(tree.periods - 1, got));
  }
  refuseUnended(sealed.periods, period, guard);
  const names = tree.namesByPeriod?.[period];
  return {
    seal: tree.format,
    period,
    leaves: tree.leaves.length,
    salt: tree.periodSalts[period]!,
    visits: structuredClone(tree.visitsByPeriod[period]!),
    ...(names ? { names: structuredClone(names) } : {}),
    proof: merkleProof(tree.leaves, period),
  };
}
