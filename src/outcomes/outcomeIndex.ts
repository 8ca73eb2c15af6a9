import type { OutcomeRecord } from '../model/outcomesSchema.js';
import { readOutcomes } from '../model/readOutcomes.js';
import type { Schedule } from '../model/scheduleSchema.js';

/**
 * The outcomes of a schedule's visits, by visit id: the outcomes file read by `readOutcomes` (its
 * `schedule` the schedule's hash or an earlier one of its log, every record naming a visit, no visit
 * recorded twice, problems exactly when the result is `problems`).
 *
 * @throws {FairdrawError} `invalid-input` naming the field (`outcomes.records[3].visit`).
 */
export function outcomeIndex(value: unknown, schedule: Schedule): Map<string, OutcomeRecord> {
  const outcomes = readOutcomes(value, schedule);
  return new Map(outcomes.records.map((record) => [record.visit, record]));
}
