import { FairdrawError, type FairdrawProblem, problem } from '../model/FairdrawError.js';
import type { Finding } from '../model/findingSchema.js';
import { isoDate } from '../model/isoDate.js';
import { readOutcomes } from '../model/readOutcomes.js';
import { readSchedule } from '../model/scheduleSchema.js';

/** The key of a finding as the register matches it: unit, day found, deadline. */
const keyOf = (unit: string, date: string, deadline: string) => `${unit}\u0000${date}\u0000${deadline}`;

/**
 * The findings a replan from `from` adds (`changes.findings`) so that every recorded problem with a
 * deadline has a follow-up visit (整改回访): one finding `{ unit, date, deadline }` per visit and
 * deadline that the schedule's `findings` do not have yet (the problems of one visit that share a
 * deadline share a follow-up; the match is the register's: same unit, same day found, same deadline).
 * Sorted by day found, unit and deadline, so the order of the records does not matter.
 *
 * @param schedule - the schedule to replan (validated).
 * @param outcomes - its outcomes (checked with `readOutcomes`).
 * @param from - the replan's `from`: the visits from then on are redrawn, so a problem recorded for one
 *   of them is refused (its visit has not taken place).
 * @returns the findings, possibly none.
 * @throws {FairdrawError} `invalid-input` naming the outcomes' field, or a record of a visit dated on
 *   or after `from` (`outcomes.records[i].visit`), or `from` when it is not a date.
 */
export function followUpFindings(schedule: unknown, outcomes: unknown, from: string): Finding[] {
  if (!isoDate.safeParse(from).success) {
    const got = JSON.stringify(from);
    throw new FairdrawError('invalid-input', 'from', (t) => t.outcomes.fromNotDate(got));
  }
  const s = readSchedule(schedule);
  const read = readOutcomes(outcomes, s);
  const visits = new Map(s.visits.map((v) => [v.id, v]));
  const have = new Set((s.findings ?? []).map((f) => keyOf(f.unit, f.date, f.deadline)));
  const problems: FairdrawProblem[] = [];
  const out: Finding[] = [];
  read.records.forEach((record, i) => {
    const visit = visits.get(record.visit)!;
    if (record.problems === undefined) return;
    if (visit.date >= from) {
      problems.push(
        problem(`outcomes.records[${i}].visit`, (t) => t.outcomes.notYetHeld(visit.id, visit.date, from)),
      );
      return;
    }
    for (const p of record.problems) {
      if (p.deadline === undefined) continue;
      const key = keyOf(visit.unit, visit.date, p.deadline);
      if (have.has(key)) continue;
      have.add(key);
      out.push({ unit: visit.unit, date: visit.date, deadline: p.deadline });
    }
  });
  const first = problems[0];
  if (first !== undefined) throw new FairdrawError('invalid-input', first.path, first.message, problems);
  const order = (f: Finding) => keyOf(f.date, f.unit, f.deadline!);
  return out.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
