import type { RevealOutcomes } from '../model/revealOutcomesSchema.js';
import type { Visit } from '../model/scheduleSchema.js';

/**
 * The names of the units and inspectors that one period's visits name, by id, as the schedule gives
 * them (`units[].name`, `inspectors[].name`); an id without a name is left out. Units and inspectors
 * are kept apart because a unit and an inspector may share an id.
 */
export interface PeriodNames {
  /** Each visited unit's name, by unit id. */
  units: Record<string, string>;
  /** Each inspector's name, by inspector id. */
  inspectors: Record<string, string>;
}

/**
 * What the office publishes when period `period` has ended (`revealPeriod`): that period's visits and
 * what links them to the published `manifest.scheduleHash`, checked alone by `verifyPeriod`.
 */
export interface PeriodReveal {
  /** The seal format, `manifest.algorithms.seal` (`fairdraw/seal/v3+rfc6962`, or `v2`, `v1` for an older schedule). */
  seal: string;
  /** The period, 0-based. */
  period: number;
  /** Number of leaves of the seal's tree: the schedule's periods plus one (the summary leaf). */
  leaves: number;
  /** `periodSalt(seed, period)`: the secret salt of this period's leaf, made public now. */
  salt: string;
  /** The period's visits, all kinds, in schedule order, exactly as in the schedule. */
  visits: Visit[];
  /**
   * The names the schedule gives to the units and inspectors these visits name, by id (ids without a
   * name are absent). Sealed with the visits (the leaf hashes `{ names, visits }`), so that a changed or
   * added name fails `verifyPeriod`. Always present in the formats from `fairdraw/seal/v2+rfc6962` on, even when
   * both maps are empty; absent in `fairdraw/seal/v1+rfc6962`, whose leaves hold no names.
   */
  names?: PeriodNames;
  /** RFC 6962 audit path of leaf `period`, bottom-up (see `merkleProof`). */
  proof: string[];
  /**
   * What the period's visits found, with the inclusion probabilities of its drawn visits and the
   * police types of its units (`revealPeriod(..., { outcomes })`). NOT sealed: `verifyPeriod` checks
   * that it fits the revealed visits; its probabilities and types can be checked against the summary
   * reveal (`summary.units`); its results are the office's record. Absent when the reveal was made
   * without outcomes.
   */
  outcomes?: RevealOutcomes;
}

/**
 * What the office publishes at the end of the horizon (`revealSummary`): the summary leaf's content, with
 * the yearly counts (units, types, inspector loads), the log and the manifest, checked alone by
 * `verifyPeriod`.
 */
export interface SummaryReveal {
  /** The seal format, `manifest.algorithms.seal`. */
  seal: string;
  /** Always `"summary"`: the last leaf, at index `leaves - 1`. */
  period: 'summary';
  /** Number of leaves of the seal's tree: the schedule's periods plus one. */
  leaves: number;
  /** `summarySalt(seed)`. */
  salt: string;
  /** The schedule with `manifest.scheduleHash` emptied and each visit replaced by its period index. */
  summary: Record<string, unknown>;
  /** RFC 6962 audit path of the last leaf, bottom-up. */
  proof: string[];
}
