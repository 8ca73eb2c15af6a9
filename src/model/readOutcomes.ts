import { hint } from './closestName.js';
import { FairdrawError, type FairdrawProblem, type Phrase, problem } from './FairdrawError.js';
import { type OutcomeRecord, type Outcomes, outcomesSchema } from './outcomesSchema.js';
import { readSchedule, type Schedule, type Visit } from './scheduleSchema.js';
import { isRecord, validate } from './validate.js';

/** What `value` is, when it is not an outcomes file at all: one line instead of a list of fields. */
function notOutcomes(value: unknown): Phrase | undefined {
  if (!isRecord(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return (t) => t.outcomes.notOutcomesValue(kind);
  }
  if ('records' in value || 'schedule' in value) return undefined;
  if (isRecord(value.manifest) && Array.isArray(value.visits)) return (t) => t.outcomes.scheduleNotOutcomes;
  if ('horizon' in value || 'routine' in value) return (t) => t.outcomes.planNotOutcomes;
  return (t) => t.outcomes.notOutcomesFields;
}

/**
 * The position in `schedule.log` from which the schedule changed after the one `hash` names: the log's
 * length for the current schedule, `j` when `log[j].before` is `hash`, `undefined` for a hash of no
 * schedule of the history.
 */
function changedFrom(schedule: Schedule, hash: string): number | undefined {
  if (hash === schedule.manifest.scheduleHash) return schedule.log.length;
  const j = schedule.log.findIndex((e) => e.before === hash);
  return j === -1 ? undefined : j;
}

/** The problem with `outcomes.schedule`, a hash of no schedule of this schedule's history. */
function unknownHash(schedule: Schedule, hash: string): Phrase {
  const earlier = schedule.log.filter((e) => e.before !== undefined).length;
  const { scheduleHash } = schedule.manifest;
  return (t) => t.outcomes.unknownHash(hash, scheduleHash, schedule.log.length, earlier);
}

/**
 * The first replan after the schedule the outcomes name: from its `from` on, visit ids were given
 * again, so an id dated there may name another visit than the one the outcome was recorded for.
 */
function firstRedraw(schedule: Schedule, from: number): { from: string; entry: number } | undefined {
  let first: { from: string; entry: number } | undefined;
  schedule.log.forEach((e, j) => {
    if (j < from || e.kind !== 'replan') return;
    if (first === undefined || e.from < first.from) first = { from: e.from, entry: j };
  });
  return first;
}

/** The problems of one record whose visit is known: fields that do not fit its result or its visit. */
function recordProblems(record: OutcomeRecord, visit: Visit, path: string): FairdrawProblem[] {
  const out: FairdrawProblem[] = [];
  const add = (field: string, message: Phrase) => out.push(problem(`${path}.${field}`, message));
  const notBefore = (field: string, date: string | undefined) => {
    if (date !== undefined && date < visit.date)
      add(field, (t) => t.outcomes.beforeVisit(date, visit.id, visit.date));
  };
  const { result } = record;
  if (result === 'problems') {
    if (record.problems === undefined || record.problems.length === 0)
      add('problems', (t) => t.outcomes.problemsMissing);
  } else {
    if (record.problems !== undefined) add('problems', (t) => t.outcomes.problemsWithoutProblems(result));
    if (record.closed !== undefined) add('closed', (t) => t.outcomes.closedWithoutProblems(result));
  }
  if (record.feedback !== undefined && visit.kind !== 'directed')
    add('feedback', (t) => t.outcomes.feedbackNotDirected(visit.id, visit.kind));
  notBefore('closed', record.closed);
  notBefore('feedback.complainant', record.feedback?.complainant);
  notBefore('feedback.unit', record.feedback?.unit);
  record.problems?.forEach((p, k) => {
    notBefore(`problems[${k}].deadline`, p.deadline);
    notBefore(`problems[${k}].closed`, p.closed);
    const { closed } = record;
    if (closed !== undefined && p.closed !== undefined && p.closed > closed) {
      const late = p.closed;
      add(`problems[${k}].closed`, (t) => t.outcomes.problemClosedAfter(late, closed));
    }
  });
  return out;
}

/**
 * Validates an outcomes file (docs/outcomes.md) against the schedule it was recorded for: the shape
 * (`outcomesSchema`, through `validate`), then its meaning.
 * - `schedule` is the schedule's hash, or the hash of an earlier version of it: every `substitute`
 *   and `replan` records in its log entry the hash it changed (`before`).
 * - Every record names a visit of the schedule, once. When the outcomes name an earlier version, a
 *   visit dated on or after the `from` of a later replan is refused: the replan numbered those visits
 *   again, so the id may name another visit now (the ids of visits before `from` never change).
 * - `problems` only with `result: "problems"`, and then at least one; `closed` only then too;
 *   `feedback` only for a directed visit (a complaint); no date before the visit's own, and no
 *   problem closed after the record's `closed`.
 *
 * @param value - the untrusted outcomes, e.g. parsed from their JSON file.
 * @param schedule - the schedule they were recorded for (validated with `readSchedule`).
 * @param root - the outcomes' name in error paths (`outcomes`).
 * @returns the outcomes, typed.
 * @throws {FairdrawError} `invalid-input` naming the first wrong field (`outcomes.records[3].visit`,
 *   `outcomes.records[0].problems[1].deadline`, `outcomes.schedule`) and listing all of them.
 */
export function readOutcomes(value: unknown, schedule: unknown, root = 'outcomes'): Outcomes {
  const s = readSchedule(schedule);
  const name = root || 'outcomes';
  const what = notOutcomes(value);
  if (what !== undefined) throw new FairdrawError('invalid-input', name, what);
  const outcomes = validate(outcomesSchema, value, root, name);
  const at = (field: string) => (root ? `${root}.${field}` : field);
  const from = changedFrom(s, outcomes.schedule);
  if (from === undefined)
    throw new FairdrawError('invalid-input', at('schedule'), unknownHash(s, outcomes.schedule));
  const redraw = firstRedraw(s, from);
  const visits = new Map(s.visits.map((v) => [v.id, v]));
  const known = s.visits.map((v) => ({ id: v.id }));
  const seen = new Map<string, number>();
  const problems: FairdrawProblem[] = [];
  outcomes.records.forEach((record, i) => {
    const path = at(`records[${i}]`);
    const visit = visits.get(record.visit);
    const id = record.visit;
    if (visit === undefined) {
      const guess = hint(id, known);
      problems.push(problem(`${path}.visit`, (t) => t.outcomes.unknownVisit(id, guess(t))));
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      const firstPath = at(`records[${first}]`);
      problems.push(problem(`${path}.visit`, (t) => t.outcomes.secondRecord(id, firstPath)));
      return;
    }
    seen.set(id, i);
    if (redraw !== undefined && visit.date >= redraw.from) {
      const { entry, from: day } = redraw;
      const current = s.manifest.scheduleHash;
      problems.push(
        problem(`${path}.visit`, (t) => t.outcomes.renumbered(id, visit.date, entry, day, current)),
      );
      return;
    }
    for (const p of recordProblems(record, visit, path)) problems.push(p);
  });
  const firstProblem = problems[0];
  if (firstProblem !== undefined)
    throw new FairdrawError('invalid-input', firstProblem.path, firstProblem.message, problems);
  return outcomes;
}
