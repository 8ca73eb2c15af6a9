import { didYouMean } from './closestName.js';
import { FairdrawError, type FairdrawProblem } from './FairdrawError.js';
import { type OutcomeRecord, type Outcomes, outcomesSchema } from './outcomesSchema.js';
import { readSchedule, type Schedule, type Visit } from './scheduleSchema.js';
import { isRecord, validate } from './validate.js';

/** What `value` is, when it is not an outcomes file at all: one line instead of a list of fields. */
function notOutcomes(value: unknown): string | undefined {
  if (!isRecord(value))
    return `is not an outcomes file (a JSON object with schedule and records), got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  if ('records' in value || 'schedule' in value) return undefined;
  if (isRecord(value.manifest) && Array.isArray(value.visits))
    return 'is a schedule, not an outcomes file: give the file that records what each visit found (docs/outcomes.md)';
  if ('horizon' in value || 'routine' in value)
    return 'is a plan file, not an outcomes file: give the file that records what each visit found (docs/outcomes.md)';
  return 'is not an outcomes file (an object with schedule and records, docs/outcomes.md)';
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
function unknownHash(schedule: Schedule, hash: string): string {
  const earlier = schedule.log.filter((e) => e.before !== undefined).length;
  const unrecorded = schedule.log.length - earlier;
  return (
    `${hash} is not the hash of this schedule (${schedule.manifest.scheduleHash})` +
    (schedule.log.length === 0
      ? ', which has no earlier version'
      : ` nor of any of the ${earlier} earlier versions its log records` +
        (unrecorded > 0
          ? ` (${unrecorded} log ${unrecorded === 1 ? 'entry was' : 'entries were'} written before entries recorded the hash they changed)`
          : '')) +
    ': the outcomes were recorded against another schedule'
  );
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
  const add = (field: string, message: string) => out.push({ path: `${path}.${field}`, message });
  const notBefore = (field: string, date: string | undefined) => {
    if (date !== undefined && date < visit.date)
      add(field, `${date} is before the visit ${visit.id} itself (${visit.date})`);
  };
  if (record.result === 'problems') {
    if (record.problems === undefined || record.problems.length === 0)
      add('problems', 'a visit whose result is "problems" lists at least one problem');
  } else {
    if (record.problems !== undefined)
      add(
        'problems',
        `only a visit whose result is "problems" lists problems; this one's result is ${JSON.stringify(record.result)}`,
      );
    if (record.closed !== undefined)
      add('closed', `only problems are closed; this visit's result is ${JSON.stringify(record.result)}`);
  }
  if (record.feedback !== undefined && visit.kind !== 'directed') {
    add(
      'feedback',
      `only a directed visit (a complaint) has feedback to the complainant and the unit; ${visit.id} is a ${visit.kind} visit`,
    );
  }
  notBefore('closed', record.closed);
  notBefore('feedback.complainant', record.feedback?.complainant);
  notBefore('feedback.unit', record.feedback?.unit);
  record.problems?.forEach((p, k) => {
    notBefore(`problems[${k}].deadline`, p.deadline);
    notBefore(`problems[${k}].closed`, p.closed);
    if (record.closed !== undefined && p.closed !== undefined && p.closed > record.closed) {
      add(
        `problems[${k}].closed`,
        `${p.closed} is after the record's closed ${record.closed}, the day every problem of the visit was rectified`,
      );
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
    if (visit === undefined) {
      problems.push({
        path: `${path}.visit`,
        message: `unknown visit id ${JSON.stringify(record.visit)}: the schedule has no such visit${didYouMean(record.visit, known)}`,
      });
      return;
    }
    const first = seen.get(record.visit);
    if (first !== undefined) {
      problems.push({
        path: `${path}.visit`,
        message: `a second record for visit ${record.visit} (the first is ${at(`records[${first}]`)}): one record a visit`,
      });
      return;
    }
    seen.set(record.visit, i);
    if (redraw !== undefined && visit.date >= redraw.from) {
      problems.push({
        path: `${path}.visit`,
        message: `${record.visit} is dated ${visit.date}, but the replan of log[${redraw.entry}] numbered the visits from ${redraw.from} on again after the schedule these outcomes name: the id may name another visit now; record it against the current schedule (${s.manifest.scheduleHash})`,
      });
      return;
    }
    problems.push(...recordProblems(record, visit, path));
  });
  const firstProblem = problems[0];
  if (firstProblem !== undefined)
    throw new FairdrawError('invalid-input', firstProblem.path, firstProblem.message, problems);
  return outcomes;
}
