/** A step of `plan` or `verify` that a long call reports as it ends (for a progress bar). */
export type ProgressStep =
  | 'read'
  | 'frame'
  | 'draw'
  | 'seal'
  | 'check-seal'
  | 'redraw'
  | 'replay'
  | 'compare';

/** Where a long call stands: `done` of `total` steps are over, the last one `step`. */
export interface Progress {
  step: ProgressStep;
  done: number;
  total: number;
}

/** Called once a step has ended; it must not throw (what it throws ends the call). */
export type OnProgress = (progress: Progress) => void;

/**
 * The reporter of a call of `total` steps: each call reports the next step as done; without a
 * listener it does nothing.
 *
 * @param total - the number of steps.
 * @param listener - the caller's `onProgress`, if any.
 */
export function stepper(total: number, listener: OnProgress | undefined): (step: ProgressStep) => void {
  let done = 0;
  return (step) => {
    done += 1;
    listener?.({ step, done, total });
  };
}
