import type { Visit } from '../model/scheduleSchema.js';

/** How an estimate groups the frame: one group, or one per police type, region, problem category or campaign. */
export const ESTIMATE_BY = ['all', 'type', 'region', 'category', 'campaign'] as const;
/** One of {@link ESTIMATE_BY}. */
export type EstimateBy = (typeof ESTIMATE_BY)[number];

/** The estimate of one group. */
export interface EstimateGroup {
  /** `all`; the police type, region, category or campaign id (`""`: units with no region). */
  key: string;
  /** Counted visits done (routine, or the campaign's), with an outcome `compliant` or `problems`. */
  visits: number;
  /** Of these, the visits that found a problem (of the category, for `by: "category"`). */
  withProblems: number;
  /** Counted visits recorded `not-done`. */
  notDone: number;
  /** Counted visits of an ended period with no record. */
  unrecorded: number;
  /** The estimated share (0 to 1); `null` when no visit was done. */
  estimate: number | null;
  /** Its standard error; `null` when it cannot be estimated (no visit, or a single one). */
  standardError: number | null;
  /** The confidence interval at the requested level, `[lo, hi]` within [0, 1]; `null` with no standard error. */
  ci: [number, number] | null;
}

/** One unit's findings at its routine visits, beside its police type's estimate. */
export interface UnitRate {
  id: string;
  name?: string;
  type: string;
  /** Routine visits done in the periods ended by `asOf`. */
  visits: number;
  /** Of these, the visits that found a problem. */
  withProblems: number;
  /** Problems recorded at these visits. */
  problems: number;
  /** `withProblems / visits`; `null` with no visit. */
  rate: number | null;
  /** Wilson's score interval of the rate at the requested level (`[0, 1]` with no visit). */
  ci: [number, number];
  /** The police type's estimate (`by: "type"`); `null` when the type had no visit. */
  typeEstimate: number | null;
  /** Whether the unit's whole interval lies above its type's estimate. */
  above: boolean;
}

/** Visits of a kind not drawn at random (or not estimated here): listed, never counted. */
export interface UncountedVisits {
  kind: Visit['kind'];
  /** Visits done. */
  visits: number;
  withProblems: number;
  notDone: number;
  unrecorded: number;
}

/** What {@link estimate} returns. */
export interface Estimates {
  by: EstimateBy;
  level: number;
  asOf: string;
  /** Periods ended by `asOf` (their last day on or before it). */
  periods: number;
  /** What is estimated, in words. */
  estimand: string;
  /** How, in words. */
  method: string;
  groups: EstimateGroup[];
  /** Every unit of the schedule, in the schedule's order (never ranked by counts). */
  units: UnitRate[];
  /** The visits listed but not counted (directed, follow-up, and campaigns when `by` is not `campaign`). */
  uncounted: UncountedVisits[];
}
