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
}

/** One visit of the schedule. */
export interface Visit {
  id: string;
  kind: 'routine' | 'campaign' | 'directed' | 'follow-up';
  period: number;
  date: string;
  unit: string;
  inspectors: string[];
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
  visits: Visit[];
  log: LogEntry[];
}
