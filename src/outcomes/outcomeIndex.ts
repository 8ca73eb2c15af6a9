import { FairdrawError } from '../model/FairdrawError.js';
import { type OutcomeRecord, outcomesSchema } from '../model/outcomesSchema.js';
import type { Schedule } from '../model/scheduleSchema.js';
import { validate } from '../model/validate.js';

/**
 * The outcomes of a schedule's visits, by visit id: the outcomes file validated with `outcomesSchema`,
 * its `schedule` checked against the schedule's hash, every record naming a visit of the schedule, no
 * visit recorded twice, and problems given exactly when the result is `problems`.
 *
 * (A stand-in for the outcomes reader, which also accepts the earlier hashes of the schedule's log;
 * the estimates call only this function to read outcomes.)
 *
 * @throws {FairdrawError} `invalid-input` naming the field (`outcomes.records[3].visit`).
 */
export function outcomeIndex(value: unknown, schedule: Schedule): Map<string, OutcomeRecord> {
  const outcomes = validate(outcomesSchema, value, 'outcomes');
  if (outcomes.schedule !== schedule.manifest.scheduleHash) {
    throw new FairdrawError(
      'invalid-input',
      'outcomes.schedule',
      `is ${outcomes.schedule}, not the schedule's hash ${schedule.manifest.scheduleHash}: these outcomes are of another schedule`,
    );
  }
  const visits = new Set(schedule.visits.map((v) => v.id));
  const index = new Map<string, OutcomeRecord>();
  outcomes.records.forEach((record, k) => {
    const at = `outcomes.records[${k}]`;
    if (!visits.has(record.visit))
      throw new FairdrawError(
        'invalid-input',
        `${at}.visit`,
        `names no visit of the schedule: ${record.visit}`,
      );
    if (index.has(record.visit))
      throw new FairdrawError('invalid-input', `${at}.visit`, `records visit ${record.visit} a second time`);
    const problems = record.problems?.length ?? 0;
    if ((record.result === 'problems') !== problems > 0)
      throw new FairdrawError(
        'invalid-input',
        `${at}.problems`,
        record.result === 'problems'
          ? 'must list at least one problem when the result is "problems"'
          : `must be absent when the result is "${record.result}"`,
      );
    index.set(record.visit, record);
  });
  return index;
}
