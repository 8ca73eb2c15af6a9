/** One place where a schedule (or a reveal) is not what it should be. */
export interface Difference {
  /** Where, e.g. `visits[12].inspectors[1]`, `profiles[3][7]`, `manifest.inputHash`. */
  path: string;
  /** What re-deriving gives (or what this library supports); `undefined` when the place should not exist. */
  expected: unknown;
  /** What the schedule holds; `undefined` when the place is missing. */
  found: unknown;
  /** What it means, in plain words, when the path and values alone do not say it. */
  message?: string;
}

/**
 * The outcome of `verify` or `verifyPeriod`. `ok` is true exactly when `differences` is empty.
 * `status` says which of three answers it is: `verified`; `different` (the schedule is not what the
 * input gives); or `unsupported` (it names an algorithm version, library version or log entry kind
 * this library does not implement, so it cannot say either way; never a false "different").
 */
export interface Verification {
  ok: boolean;
  status: 'verified' | 'different' | 'unsupported';
  differences: Difference[];
  /** Number of further differences left out of `differences` (only the first 1000 are listed). */
  truncated?: number;
  /**
   * `verifyPeriod` of a period reveal that carries `outcomes`: the members the proof does not cover,
   * each with where else it can be checked. Absent for every other reveal and for `verify`.
   */
  unsealed?: UnsealedMember[];
}

/** A member of a reveal that its proof does not cover, and how it can be checked otherwise. */
export interface UnsealedMember {
  /** `outcomes.records`, `outcomes.probabilities` or `outcomes.types`. */
  path: string;
  /**
   * What checks it: `summary.units`, the units of the summary reveal (`revealSummary`), which the seal
   * covers; `null` when nothing published does (the visits' results are the office's record).
   */
  checkAgainst: 'summary.units' | null;
  /** What it means, in plain words. */
  message: string;
}
