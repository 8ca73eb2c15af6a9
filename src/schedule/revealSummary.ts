import { merkleProof } from '../audit/merkle.js';
import { openSeal } from './anchors.js';
import type { SummaryReveal } from './PeriodReveal.js';
import { SEAL_ALGORITHM } from './seal.js';

/**
 * Reveals the summary leaf of a sealed schedule, at the end of the horizon: the manifest, periods,
 * units (promised probabilities, expected and realised visits), police types, inspector loads, the log
 * and the period index of each visit, with the summary salt and the audit path of the last leaf. With
 * it `verifyPeriod(reveal, scheduleHash)` checks the yearly counts against the published hash, and
 * together with every period's reveal it gives back the whole schedule.
 *
 * @throws FairdrawError as `revealPeriod`.
 */
export function revealSummary(input: unknown, schedule: unknown): SummaryReveal {
  const tree = openSeal(input, schedule);
  return {
    seal: SEAL_ALGORITHM,
    period: 'summary',
    leaves: tree.leaves.length,
    salt: tree.summarySalt,
    summary: structuredClone(tree.summary),
    proof: merkleProof(tree.leaves, tree.periods),
  };
}
