/** One place where a schedule (or a reveal) is not what it should be. */
export interface Difference {
  /** Where, e.g. `visits[12].inspectors[1]`, `units[3].probabilities[7]`, `manifest.inputHash`. */
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
}
