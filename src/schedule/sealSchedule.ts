import { FairdrawError } from '../model/FairdrawError.js';
import type { Schedule } from '../model/scheduleSchema.js';
import { checkSealable, SEAL_ALGORITHM, sealTree } from './sealTree.js';

/**
 * Seals a schedule: sets `manifest.periods` to its number of periods and `manifest.scheduleHash` to
 * `sealTree(schedule, seed).head`, the tree head over one salted leaf per period and a salted summary
 * leaf (docs/spec.md, "The seal"; format `manifest.algorithms.seal = "fairdraw/seal/v1+rfc6962"`).
 * The salts come from the master seed, so the published hash cannot be opened by trying the few
 * million possible visit sets of a period, nor the yearly counts; each period can later be revealed
 * and checked alone (`revealPeriod`, `verifyPeriod`).
 *
 * @param schedule - the schedule, modified in place and returned.
 * @param seed - the master seed (`resolveSeed(input.seed, inputHash)`).
 * @throws FairdrawError (`unsupported`) when `manifest.algorithms.seal` names another seal format;
 *   (`invalid-input`) as `sealTree`.
 */
export function sealSchedule(schedule: Schedule, seed: string): Schedule {
  checkSealable(schedule);
  const seal = schedule.manifest.algorithms?.seal;
  if (seal !== SEAL_ALGORITHM) {
    throw new FairdrawError(
      'unsupported',
      'manifest.algorithms.seal',
      `is ${JSON.stringify(seal) ?? 'missing'}; this library seals with ${SEAL_ALGORITHM} only`,
    );
  }
  schedule.manifest.periods = schedule.periods.length;
  schedule.manifest.scheduleHash = '';
  schedule.manifest.scheduleHash = sealTree(schedule, seed).head;
  return schedule;
}
