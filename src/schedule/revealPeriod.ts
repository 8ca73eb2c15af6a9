import { merkleProof } from '../audit/merkle.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { openSeal } from './anchors.js';
import type { PeriodReveal } from './PeriodReveal.js';
import { SEAL_ALGORITHM } from './seal.js';

/**
 * Reveals one period of a sealed schedule: its visits (all kinds, in schedule order), its salt, and the
 * RFC 6962 audit path from its leaf to the published `manifest.scheduleHash` (Laurie, Langley & Kasper,
 * RFC 6962, 2013, section 2.1.1). Anyone can check it with `verifyPeriod(reveal, scheduleHash)` without
 * seeing any other period; the other periods stay hidden behind their own secret salts.
 *
 * @param input - the plan file the schedule was drawn from (its seed gives the salts).
 * @param schedule - the sealed schedule.
 * @param period - the period to reveal, 0-based.
 * @returns the reveal, plain JSON.
 * @throws FairdrawError naming the field: bad input, a period out of range (`period`), or a schedule
 *   that does not match its own seal (`schedule.manifest.scheduleHash`).
 */
export function revealPeriod(input: unknown, schedule: unknown, period: number): PeriodReveal {
  const tree = openSeal(input, schedule);
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 0 || period >= tree.periods) {
    throw new FairdrawError(
      'invalid-input',
      'period',
      `must be a period index from 0 to ${tree.periods - 1}, got ${JSON.stringify(period) ?? typeof period}`,
    );
  }
  return {
    seal: SEAL_ALGORITHM,
    period,
    leaves: tree.leaves.length,
    salt: tree.periodSalts[period]!,
    visits: structuredClone(tree.visitsByPeriod[period]!),
    proof: merkleProof(tree.leaves, period),
  };
}
