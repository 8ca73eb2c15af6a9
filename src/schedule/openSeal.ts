import { FairdrawError } from '../model/FairdrawError.js';
import { readSchedule } from '../model/scheduleSchema.js';
import { openPlan } from './pipeline.js';
import { checkSealable, SEAL_ALGORITHM, type SealTree, sealTree } from './sealTree.js';

/**
 * Recomputes the seal of `schedule` from the seed of `input` and checks it against the schedule's own
 * `manifest.scheduleHash`, so that a reveal is only ever made from a schedule that matches what was
 * published. Shared by `revealPeriod` and `revealSummary`.
 *
 * @throws FairdrawError: bad input (naming the field of the plan or of the schedule); `unsupported` for another seal format;
 *   `invalid-input` naming `schedule.manifest.scheduleHash` when the schedule does not match its seal.
 */
export function openSeal(input: unknown, value: unknown): SealTree {
  const { seed } = openPlan(input);
  const schedule = readSchedule(value);
  checkSealable(schedule);
  const seal = schedule.manifest.algorithms?.seal;
  if (seal !== SEAL_ALGORITHM) {
    throw new FairdrawError(
      'unsupported',
      'schedule.manifest.algorithms.seal',
      `is ${JSON.stringify(seal) ?? 'missing'}; this library reveals ${SEAL_ALGORITHM} seals only`,
    );
  }
  const tree = sealTree(schedule, seed);
  if (tree.head !== schedule.manifest.scheduleHash) {
    throw new FairdrawError(
      'invalid-input',
      'schedule.manifest.scheduleHash',
      `is ${JSON.stringify(schedule.manifest.scheduleHash)}, but the schedule seals to ${tree.head} under this ` +
        "input's seed: the schedule was changed after it was sealed, or the input is not the one it was drawn from",
    );
  }
  return tree;
}
