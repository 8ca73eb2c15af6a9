import type { Catalogue } from '../text/catalogue.js';

/**
 * A step of `plan`, `verify` or the fairness report that a long call reports as it ends (for a
 * progress bar): `plan` reads, frames, draws and seals; `verify` reads, checks the seal, redraws,
 * replays and compares; `fairnessReport` checks the schedule, tallies its visits and makes the
 * estimates (with outcomes), and `fairdraw report` then writes the page, the tables and the workbook.
 * The steps are the keys of the catalogue's `cli.progress.steps` (`read`, `frame`, `draw`, `seal`,
 * `check-seal`, `redraw`, `replay`, `compare`, `check-schedule`, `tally`, `estimates`, `page`, `tables`,
 * `workbook`), listed once there with the words a progress bar writes for each.
 */
export type ProgressStep = keyof Catalogue['cli']['progress']['steps'];

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
