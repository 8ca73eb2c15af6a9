/** What a schedule says about how it was made; enough for an outside auditor to re-derive it. */
export interface Manifest {
  /** `fairdraw@<version>` of the library that drew the schedule. */
  library: string;
  /** The algorithm ids with versions, joined: `routine=horizon-flow@1;dates=spread@1;...`. */
  algorithm: string;
  /** The same ids with their versions, one per step of the draw. */
  algorithms: Record<string, string>;
  /** The generator behind every draw, e.g. `seedrandom/alea`. */
  rng: string;
  /** SHA-256 of the canonical JSON of the input (without its seed). */
  inputHash: string;
  /** SHA-256 commitment to the seed, publishable before the draw. */
  seedCommitment: string;
  /** The public entropy value of a commit-reveal seed (absent for a plain seed). */
  seedPublic?: string;
  /**
   * The seal (`manifest.algorithms.seal`): the tree head over the RFC 6962 Merkle root of one salted leaf
   * per period and a final salted summary leaf, computed with this field empty (docs/spec.md, "The seal").
   */
  scheduleHash: string;
  /** Number of periods, i.e. of period leaves of the seal (the tree has one more leaf, the summary). */
  periods: number;
}

/** One period of the horizon and its routine budget. */
export interface SchedulePeriod {
  index: number;
  /** First and last day of the period inside the horizon (ISO dates). */
  start: string;
  end: string;
  /** Number of routine visits drawn in this period. */
  visits: number;
  /** Number of working days in the period. */
  workdays: number;
}

/** A unit's promise and what the draw delivered. */
export interface ScheduleUnit {
  id: string;
  type: string;
  /** Routine inclusion probability per period that the draw really delivered (0 when inactive). */
  probabilities: number[];
  /** Sum of `probabilities`. */
  expectedVisits: number;
  /** Realised routine visits. */
  visits: number;
  /**
   * Campaign inclusion probability of this unit, by campaign id (0 when out of scope or not active over
   * the window). Present when the plan file lists `campaigns`.
   */
  campaigns?: Record<string, number>;
  /** Realised campaign visits. Present when the plan file lists `campaigns`. */
  campaignVisits?: number;
  /** Directed (non-random) visits. Present when the plan file lists `directed`. */
  directedVisits?: number;
  /** Follow-up visits scheduled by findings. Present when the plan file lists `findings`. */
  followUpVisits?: number;
  /** Present and true when `limits.maxVisitsPerUnit` lowered this unit's probabilities (docs/limits.md). */
  capped?: boolean;
}

/** One visit of the schedule. */
export interface Visit {
  id: string;
  kind: 'routine' | 'campaign' | 'directed' | 'follow-up';
  period: number;
  date: string;
  unit: string;
  inspectors: string[];
  /** Campaign visits: the campaign's id. */
  campaign?: string;
  /** Directed visits: why the visit is made (e.g. `complaint 2026-117`). */
  reason?: string;
  /** Follow-up visits: the index of the finding in the plan file's `findings`. */
  finding?: number;
}

/** A campaign of the plan and the size of its draw. */
export interface CampaignSummary {
  id: string;
  from: string;
  to: string;
  /** Number of campaign visits drawn. */
  visits: number;
  /** Units in scope and active over the whole window: the campaign's frame. */
  scopeUnits: number;
  fairness: 'equal' | 'risk';
  design: 'maxent' | 'pivotal' | 'systematic';
  /** Working days of the window. */
  workdays: number;
}

/** A directed visit of the plan and where it went. */
export interface DirectedSummary {
  unit: string;
  date: string;
  reason: string;
  /** Id of the visit (absent when a replan closed the unit before the visit). */
  visit?: string;
  /** Why there is no visit. */
  note?: string;
}

/** A finding of the plan: its deadline and its follow-up, scheduled or not (never dropped silently). */
export interface FindingSummary {
  unit: string;
  date: string;
  deadlineWorkdays: number;
  /** The `deadlineWorkdays`-th working day after `date`. */
  deadline: string;
  /** The first working day after `deadline`. */
  followUp: string;
  /** Whether the follow-up is a visit of this schedule. */
  scheduled: boolean;
  /** Id of the follow-up visit when scheduled. */
  visit?: string;
  /** Why the follow-up is not scheduled (outside the horizon, unit not active). */
  note?: string;
  /** The raised risk weight, when the finding raises it. */
  raiseRisk?: number;
  /** First period with the raised risk, or -1 when that period lies beyond the horizon. */
  riskFrom?: number;
}

/** A police type's expected and realised routine visits per period. */
export interface ScheduleType {
  type: string;
  units: number;
  expected: number[];
  realised: number[];
}

/** An inspector's workload: visits in all and per police type. */
export interface InspectorLoad {
  id: string;
  visits: number;
  byType: Record<string, number>;
}

/** An entry of the schedule's change log (substitutions, replanning). */
export interface LogEntry {
  kind: string;
  at: string;
  reason: string;
  [key: string]: unknown;
}

/** A drawn calendar of visits with everything needed to audit it. */
export interface Schedule {
  manifest: Manifest;
  periods: SchedulePeriod[];
  units: ScheduleUnit[];
  types: ScheduleType[];
  inspectors: InspectorLoad[];
  /** The campaigns, when the plan file lists them. */
  campaigns?: CampaignSummary[];
  /** The directed visits, when the plan file lists them. */
  directed?: DirectedSummary[];
  /** The findings with deadlines and follow-ups, when the plan file lists them. */
  findings?: FindingSummary[];
  visits: Visit[];
  log: LogEntry[];
  /** With `limits.minGapDays`: every pair of consecutive visits of a unit closer than the gap (docs/limits.md). */
  conflicts?: GapConflict[];
  /** What a replanned schedule does and does not guarantee, per replan (docs/replan.md). */
  notes?: ScheduleNote[];
}

/** Two consecutive visits of one unit fewer than `limits.minGapDays` days apart. */
export interface GapConflict {
  rule: 'minGapDays';
  unit: string;
  /** The two visit dates, ascending. */
  dates: [string, string];
  /** Calendar days between them. */
  days: number;
}

/** A statement about the guarantees of a replanned schedule. */
export interface ScheduleNote {
  /** `restated`: the horizon guarantees now hold for the periods from `from` on; `cap`: a unit's cap bound because of its history. */
  kind: 'restated' | 'cap';
  /** The replan's `from` date. */
  from: string;
  /** The unit concerned, for `cap`. */
  unit?: string;
  message: string;
}
