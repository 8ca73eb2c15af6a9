import { merkleProof } from '../audit/merkle.js';
import { openSeal } from './anchors.js';
import type { SummaryReveal } from './PeriodReveal.js';
import { type RevealOptions, readRevealOptions, refuseUnended } from './revealGuard.js';

/**
 * Reveals the summary leaf of a sealed schedule, at the end of the horizon: the manifest, periods,
 * units (promised probabilities, expected and realised visits), police types, inspector loads, the log
 * and the period index of each visit, with the summary salt and the audit path of the last leaf. With
 * it `verifyPeriod(reveal, scheduleHash)` checks the yearly counts against the published hash, and
 * together with every period's reveal it gives back the whole schedule.
 *
 * Nothing from the future: the summary is revealed only once the horizon has ended as of
 * `options.asOf` (the last period's last day is on or before it), unless `options.force` is true.
 *
 * @param options - `asOf`, the reveal's date `yyyy-mm-dd` (required); `force`, reveal it before the
 *   horizon's end (default false).
 * @throws FairdrawError as `revealPeriod`; `period` when the horizon has not ended and it is not forced.
 */
export function revealSummary(input: unknown, schedule: unknown, options: RevealOptions): SummaryReveal {
  const guard = readRevealOptions(options);
  const { tree, schedule: sealed } = openSeal(input, schedule);
  refuseUnended(sealed.periods, 'summary', guard);
  return {
    seal: tree.format,
    period: 'summary',
    leaves: tree.leaves.length,
    salt: tree.summarySalt,
    summary: structuredClone(tree.summary),
    proof: merkleProof(tree.leaves, tree.periods),
  };
}
