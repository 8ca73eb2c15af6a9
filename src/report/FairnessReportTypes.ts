import type { ReportEstimates } from '../outcomes/scheduleEstimates.js';

/** The manifest fields a reader needs to tie a report to its published schedule. */
export interface ReportManifest {
  library: string;
  algorithm: string;
  rng: string;
  inputHash: string;
  seedCommitment: string;
  scheduleHash: string;
}

/** One period of the horizon: its routine budget and the visits that fell in it. */
export interface ReportPeriod {
  index: number;
  start: string;
  end: string;
  /** Routine visits the schedule says were drawn in the period (`periods[].visits`). */
  budget: number;
  /** Routine visits listed in the period. */
  routine: number;
  /** Visits of every other kind (campaign, directed, follow-up) listed in the period. */
  other: number;
}

/** A unit's promise (routine inclusion probabilities) against the routine visits it received. */
export interface ReportUnit {
  id: string;
  /** The unit's name when the schedule carries one (`units[].name`), otherwise absent. */
  name?: string;
  type: string;
  /**
   * Promised routine inclusion probability per period (0 where the unit is inactive); one array shared
   * by the units that have the same vector: read it, do not modify it.
   */
  probabilities: number[];
  /** Smallest and largest promised probability over the periods where it is positive (0 if none). */
  minProbability: number;
  maxProbability: number;
  /** Number of periods with a positive probability. */
  activePeriods: number;
  /** Expected routine visits: the sum of `probabilities`. */
  expected: number;
  /** Routine visits listed in the schedule for this unit. */
  realised: number;
  /** `realised - expected`. */
  deviation: number;
  /**
   * Expected and realised routine visits over the periods the unit-count promise covers (from
   * `promises.fromPeriod` on; the whole horizon unless the schedule was replanned).
   */
  promiseExpected: number;
  promiseRealised: number;
  /** Whether `promiseRealised` is the floor or the ceiling of `promiseExpected` (the ex-post promise). */
  withinPromise: boolean;
  /** Campaign inclusion probability by campaign id (`units[].campaigns`; empty without campaigns). */
  campaigns: Record<string, number>;
  /** Whether `limits.maxVisitsPerUnit` lowered the unit's probabilities (`units[].capped`). */
  capped: boolean;
  /** Visits of every non-routine kind; they are outside the random promise. */
  other: number;
  /** Visits per kind (routine included), kinds in code-unit order. */
  byKind: Record<string, number>;
}

/** A police type's expected and realised routine visits, per period and over the horizon. */
export interface ReportType {
  type: string;
  /** Number of units of this type. */
  units: number;
  /** Per period: the sum of its units' probabilities, and the routine visits its units received. */
  expectedPerPeriod: number[];
  realisedPerPeriod: number[];
  expected: number;
  realised: number;
  deviation: number;
  /** Periods where the realised count is neither the floor nor the ceiling of the expectation. */
  periodsOutsidePromise: number;
  /** Smallest and largest positive probability of its units over the horizon (0 if none). */
  minProbability: number;
  maxProbability: number;
  /** Non-routine visits to units of this type. */
  other: number;
}

/** An inspector's workload and the mix of police types they visited. */
export interface ReportInspector {
  id: string;
  /** The inspector's name when the schedule carries one (`inspectors[].name`), otherwise absent. */
  name?: string;
  /** Visits of every kind the inspector is on. */
  visits: number;
  routine: number;
  other: number;
  /** Visits of every kind per police type of the visited unit, types in code-unit order. */
  byType: Record<string, number>;
}

/** The visits on one calendar day of the horizon (for the heat map). */
export interface ReportDay {
  date: string;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  routine: number;
  other: number;
}

/** Totals over the whole schedule. */
export interface ReportTotals {
  visits: number;
  routine: number;
  other: number;
  units: number;
  types: number;
  inspectors: number;
  /** Units whose routine count is the floor or the ceiling of their expected count (over the promised periods). */
  unitsWithinPromise: number;
  /** (type, period) cells whose realised count is the floor or the ceiling of their expectation. */
  typePeriodsWithinPromise: number;
  typePeriods: number;
  /** Entries of the schedule's change log (substitutions, replanning). */
  changes: number;
}

/**
 * Which ex-post promises the schedule's routine algorithm makes, read from its id in the manifest
 * (`routine=horizon-flow+type@1`): every algorithm keeps the inclusion probabilities; horizon
 * coordination (`horizon-flow`) also keeps each unit's count at the floor or ceiling of its
 * expectation, and balancing by type (`+type`) each type's count in every period.
 */
export interface ReportPromises {
  /** The routine algorithm id with its version, e.g. `horizon-flow+type@1` (empty if not recorded). */
  routine: string;
  unitCounts: boolean;
  typeCounts: boolean;
  /**
   * First period of the unit-count promise: 0, or the period a replan started from (the latest
   * `replan` entry of the log), since a replan restates the floor/ceiling for the periods it redrew only.
   */
  fromPeriod: number;
}

/** A campaign (special inspection) of the schedule (`schedule.campaigns`) and its listed visits. */
export interface ReportCampaign {
  id: string;
  from: string;
  to: string;
  /** Campaign visits drawn, as the schedule states. */
  planned: number;
  /** Campaign visits listed in `visits` with this campaign id. */
  visits: number;
  /** Units in scope and active over the whole window. */
  scopeUnits: number;
  fairness: string;
  design: string;
}

/** A directed (non-random) visit of the plan (`schedule.directed`). */
export interface ReportDirected {
  unit: string;
  date: string;
  reason: string;
  /** Id of the visit, or empty with a `note` saying why there is none. */
  visit: string;
  note: string;
}

/** A finding with its deadline and follow-up (`schedule.findings`). */
export interface ReportFinding {
  unit: string;
  date: string;
  deadline: string;
  followUp: string;
  scheduled: boolean;
  /** Id of the follow-up visit when scheduled, otherwise empty. */
  visit: string;
  /** Why the follow-up is not scheduled (empty when it is). */
  note: string;
}

/** Two consecutive visits of a unit closer than `limits.minGapDays` (`schedule.conflicts`). */
export interface ReportConflict {
  rule: string;
  unit: string;
  dates: [string, string];
  days: number;
}

/** A statement of a replanned schedule about its guarantees (`schedule.notes`). */
export interface ReportNote {
  kind: string;
  from: string;
  unit: string;
  message: string;
}

/**
 * Which periods a report covers: every period, or, in an interim report, the periods that ended on or
 * before `asOf` (a period has ended when its last day is on or before `asOf`). Nothing of a later
 * period is in the report: no visit, count, load, day, row or note.
 */
export interface ReportCoverage {
  /** The date the report was made as of (`fairnessReport(schedule, { asOf })`). */
  asOf: string;
  /** Whether some period had not ended by `asOf`, so that the report leaves it out. */
  interim: boolean;
  /** Number of periods ended by `asOf`: the report covers periods 1 to `ended` (`periods.length`). */
  ended: number;
  /** Number of periods of the schedule. */
  total: number;
  /** The last day of the last ended period, up to which the report shows visits; empty when none ended. */
  through: string;
}

/** Everything the public fairness report shows, computed from a schedule alone. */
export interface FairnessReport {
  /** The periods the report covers, and whether it is interim. */
  coverage: ReportCoverage;
  manifest: ReportManifest;
  promises: ReportPromises;
  /** First and last day covered (the periods', widened to every visit's date); empty if none. */
  horizon: { start: string; end: string };
  /** The periods covered: every period, or in an interim report the ended ones. */
  periods: ReportPeriod[];
  /** Visits per kind, `routine` first, then the other kinds in code-unit order. */
  kinds: Record<string, number>;
  totals: ReportTotals;
  units: ReportUnit[];
  types: ReportType[];
  inspectors: ReportInspector[];
  days: ReportDay[];
  campaigns: ReportCampaign[];
  directed: ReportDirected[];
  findings: ReportFinding[];
  conflicts: ReportConflict[];
  notes: ReportNote[];
  /** With `options.outcomes`: the estimates from the random visits' outcomes (docs/estimation.md). */
  estimates?: ReportEstimates;
}
