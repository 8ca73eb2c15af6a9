import { DateTime } from 'luxon';
import { unknownUnit } from '../model/checkYearFields.js';
import { FairdrawError, type FairdrawProblem, problem } from '../model/FairdrawError.js';
import type { Finding } from '../model/findingSchema.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { type ReplanChanges, replanSchema } from '../model/replanSchema.js';
import type { LogEntry } from '../model/scheduleSchema.js';
import type { Unit } from '../model/unitSchema.js';
import { validate } from '../model/validate.js';

/** The day before an ISO date. */
function dayBefore(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).minus({ days: 1 }).toISODate() as string;
}

/**
 * The units after one replan's changes, in order: the units as they were, then the added ones.
 * - `add`: new units, ids distinct from every unit so far;
 * - `close`: the unit's `active.to` becomes the day before `from` (unless it already closes earlier),
 *   so it leaves the frame from the period starting at `from`;
 * - `risk`: the unit's new risk weight (it applies to the periods redrawn, from `from` on).
 *
 * @param path - where the changes sit, for error messages (`changes`, or `schedule.log[k].changes`).
 * @throws FairdrawError (`invalid-input`) naming the field: a duplicate id in `add`, an unknown id in
 *   `close` or `risk`, a unit closed twice, closed while added or re-weighted by the same replan, or
 *   already closed before `from`, or a risk of 0 that contradicts `routine.bounds.min` under fairness
 *   "risk".
 */
export function applyReplanChanges(
  input: ValidPlanInput,
  units: readonly Unit[],
  from: string,
  changes: ReplanChanges,
  path: string,
): Unit[] {
  const problems: FairdrawProblem[] = [];
  const out = units.map((u) => ({ ...u, ...(u.active ? { active: { ...u.active } } : {}) }));
  const index = new Map(out.map((u, i) => [u.id, i]));
  const { fairness, bounds } = input.routine;
  const zeroForbidden = fairness === 'risk' && bounds?.min !== undefined && bounds.min > 0;
  changes.add?.forEach((u, k) => {
    if (index.has(u.id)) {
      problems.push(problem(`${path}.add[${k}].id`, (t) => t.schedule.duplicateUnit(u.id)));
      return;
    }
    if (zeroForbidden && u.risk === 0) {
      const min = bounds?.min as number;
      problems.push(problem(`${path}.add[${k}].risk`, (t) => t.schedule.riskZero(min)));
    }
    index.set(u.id, out.length);
    out.push({ ...u, ...(u.active ? { active: { ...u.active } } : {}) });
  });
  const to = dayBefore(from);
  const added = new Set((changes.add ?? []).map((u) => u.id));
  const closed = new Set<string>();
  changes.close?.forEach((id, k) => {
    const at = `${path}.close[${k}]`;
    const i = index.get(id);
    if (i === undefined) {
      problems.push(problem(at, unknownUnit(id, out)));
      return;
    }
    if (closed.has(id)) {
      problems.push(problem(at, (t) => t.schedule.closesTwice(id)));
      return;
    }
    closed.add(id);
    const unit = out[i]!;
    if (added.has(id)) {
      problems.push(problem(at, (t) => t.schedule.addedAndClosed(id)));
    } else if (unit.active?.to !== undefined && unit.active.to <= to) {
      const until = unit.active.to;
      problems.push(problem(at, (t) => t.schedule.alreadyClosed(id, until, from)));
    }
    if (unit.active?.to === undefined || unit.active.to > to) unit.active = { ...unit.active, to };
  });
  for (const [id, risk] of Object.entries(changes.risk ?? {})) {
    const i = index.get(id);
    if (i === undefined) {
      problems.push(problem(`${path}.risk.${id}`, unknownUnit(id, out)));
      continue;
    }
    if (closed.has(id)) {
      problems.push(problem(`${path}.risk.${id}`, (t) => t.schedule.closedAndReweighted(id)));
      continue;
    }
    if (zeroForbidden && risk === 0) {
      const min = bounds?.min as number;
      problems.push(problem(`${path}.risk.${id}`, (t) => t.schedule.riskZero(min)));
    }
    out[i]!.risk = risk;
  }
  if (problems.length > 0) {
    throw new FairdrawError('invalid-input', problems[0]!.path, problems[0]!.message, problems);
  }
  return out;
}

/**
 * The frame a schedule's log has built: the plan's units with the changes of every `replan` entry of
 * `log` applied in order (see {@link applyReplanChanges}).
 */
export function replayedUnits(input: ValidPlanInput, log: readonly LogEntry[]): Unit[] {
  let units: Unit[] = input.units;
  log.forEach((entry, k) => {
    if (entry.kind !== 'replan') return;
    const at = `schedule.log[${k}]`;
    const past = validate(
      replanSchema,
      { from: entry.from, reason: entry.reason, changes: entry.changes },
      at,
    );
    units = applyReplanChanges(input, units, past.from, past.changes, `${at}.changes`);
  });
  return units;
}

/**
 * Checks the findings a replan adds (`changes.findings`): each names a unit of the frame (the units
 * after this replan's changes), is dated by the horizon's end, and raises no risk (a replan changes a
 * risk from `from` on with `changes.risk`; `raiseRisk` would act from the period after the finding's,
 * which may lie in the past the replan keeps).
 *
 * @throws FairdrawError (`invalid-input`) naming `<path>[j].unit`, `.date` or `.raiseRisk`.
 */
export function checkAddedFindings(
  findings: readonly Finding[],
  units: readonly Unit[],
  end: string,
  path: string,
): void {
  const problems: FairdrawProblem[] = [];
  const known = new Set(units.map((u) => u.id));
  findings.forEach((f, j) => {
    const at = `${path}[${j}]`;
    if (!known.has(f.unit)) problems.push(problem(`${at}.unit`, unknownUnit(f.unit, units)));
    if (f.date > end) problems.push(problem(`${at}.date`, (t) => t.plan.findingAfterEnd(f.date, end)));
    if (f.raiseRisk !== undefined)
      problems.push(problem(`${at}.raiseRisk`, (t) => t.schedule.replanRaiseRisk));
  });
  if (problems.length > 0) {
    throw new FairdrawError('invalid-input', problems[0]!.path, problems[0]!.message, problems);
  }
}

/**
 * The findings of a schedule's frame after its log: the plan's, then those every `replan` entry added,
 * in log order: the order of the schedule's `findings` summaries.
 */
export function loggedFindings(input: ValidPlanInput, log: readonly LogEntry[]): Finding[] {
  return [
    ...(input.findings ?? []),
    ...log.flatMap((e) => (e.kind === 'replan' ? (e.changes.findings ?? []) : [])),
  ];
}
