import type { TimeOptions } from './timing.js';

/** What every benchmark group gets from `bench/run.ts`. */
export interface BenchContext {
  /** `--quick`: smaller N and fewer repetitions (the whole run in well under 30 s). */
  quick: boolean;
  /** Timing settings for this mode. */
  timing: TimeOptions;
  /** Remarks, printed at the end of the run. */
  notes: string[];
}
