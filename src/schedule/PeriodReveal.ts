import type { Visit } from '../model/scheduleSchema.js';

/**
 * What the office publishes when period `period` has ended (`revealPeriod`): that period's visits and
 * what links them to the published `manifest.scheduleHash`, checked alone by `verifyPeriod`.
 */
export interface PeriodReveal {
  /** The seal format, `manifest.algorithms.seal` (`fairdraw/seal/v1+rfc6962`). */
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
   * The names the plan file gives to the units and inspectors these visits name, by id (ids without a
   * name are absent). Sealed with the visits, so that a changed name fails `verifyPeriod`.
   */
  names?: Record<string, string>;
  /** RFC 6962 audit path of leaf `period`, bottom-up (see `merkleProof`). */
  proof: string[];
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
