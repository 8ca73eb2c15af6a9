import { hashInput } from '../audit/hashInput.js';
import { buildCalendar } from '../calendar/buildCalendar.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { type PlanInput, planInputSchema, type ValidPlanInput } from '../model/planInputSchema.js';
import { type ReplanOptions, replanSchema } from '../model/replanSchema.js';
import { validate } from '../model/validate.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { capRoutineProbabilities } from './capRoutineProbabilities.js';
import { compareVisits } from './compareVisits.js';
import { checkRecordedRoutine, drawRoutine } from './drawRoutine.js';
import { limitAlgorithms, limitFields } from './limitFields.js';
import { periodBudgets } from './periodBudgets.js';
import { placeRoutineVisits } from './placeRoutineVisits.js';
import { raisedRisk } from './raisedRisk.js';
import { applyReplanChanges, replayedUnits } from './replanFrame.js';
import { resolveSeed } from './resolveSeed.js';
import { type FramePeriod, routineProbabilities } from './routineProbabilities.js';
import type { Schedule, ScheduleNote, Visit } from './Schedule.js';
import { sealSchedule } from './sealSchedule.js';
import { staffVisits } from './staffVisits.js';
import { inspectorLoads, typeSummaries } from './summaries.js';
import { unitSummaries } from './unitSummaries.js';

/** The algorithm id of the replan step, recorded in the manifest of a replanned schedule. */
export const REPLAN_ALGORITHM = 'replan-from-period@1';

function visitNumber(id: string): number {
  const m = /^v-(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

function checkSchedule(schedule: Schedule, periods: number, inputHash: string): void {
  const ok =
    schedule !== null &&
    typeof schedule === 'object' &&
    Array.isArray(schedule.visits) &&
    Array.isArray(schedule.log) &&
    Array.isArray(schedule.units) &&
    Array.isArray(schedule.periods) &&
    typeof schedule.manifest === 'object' &&
    schedule.manifest !== null;
  if (!ok) {
    throw new FairdrawError(
      'invalid-input',
      'schedule',
      'is not a fairdraw schedule (manifest, periods, units, visits and log are required)',
    );
  }
  if (schedule.manifest.inputHash !== inputHash) {
    throw new FairdrawError(
      'invalid-input',
      'schedule.manifest.inputHash',
      `does not match the plan input (${inputHash}): the schedule was drawn from another plan`,
    );
  }
  if (schedule.periods.length !== periods) {
    throw new FairdrawError(
      'invalid-input',
      'schedule.periods',
      `has ${schedule.periods.length} periods, the plan's horizon has ${periods}`,
    );
  }
}

/**
 * Redraws the rest of a schedule after the frame changed: units opened, units closed, risk weights
 * moved (docs/replan.md).
 *
 * - `options.from` must be the first day of a period `t0` of the horizon. Every visit dated before
 *   `from` is kept exactly as it is (id, kind, date, unit, inspectors), and so are the probabilities of
 *   periods before `t0`.
 * - The frame is the plan's units with the changes of every earlier `replan` entry of the log, then
 *   these changes: `add` (new units, in the frame from their `active.from`), `close` (out of the frame
 *   from `from` on), `risk` (new weights).
 * - The periods `t0 ..` are drawn again exactly as `plan` draws a horizon, in the design version the
 *   schedule's `manifest.algorithms.routine` records (`pivotal+type@2` stays `pivotal+type@2`; a
 *   schedule recorded in a version this library cannot draw is refused), with the periods
 *   before `t0` given probability 0, and with the master seed replaced by the sub-seed
 *   `S = deriveSeed(seed, "replan", k)`, `k` the position of the new entry in `schedule.log`: routine
 *   draw `deriveSeed(S, "routine", "horizon")` (or `(S, "routine", t)`), dates `deriveSeed(S, "dates", t)`,
 *   inspectors `deriveSeed(S, "inspectors")`. Visits from `from` on that are not routine keep their
 *   unit and date and are staffed again with the new routine visits.
 * - `limits.maxVisitsPerUnit` counts the kept visits: unit `i` may get at most `cap - kept_i` routine
 *   visits from `t0` on; where that is 0 its remaining probabilities are 0, and a `notes` entry says so.
 * - The schedule reports, for periods `t0 ..`, the probabilities the new draw used (conditional on the
 *   history) and states in `notes` which guarantees now hold. The change is appended to `schedule.log`
 *   as `{ kind: "replan", at: from, reason, from, changes, sequence: k, visits }`, and the schedule hash
 *   is recomputed. `replan(input, before, { from, reason, changes })` of a logged entry gives the same
 *   schedule byte for byte, so `verify` can replay it.
 *
 * @param input - the plan the schedule was drawn from (its input hash must match).
 * @param schedule - the schedule to change; not modified.
 * @param options - `from`, `reason` and `changes` (`add`, `close`, `risk`).
 * @returns the replanned schedule.
 * @throws {FairdrawError} naming the field: `from` outside the horizon or not a period start, an
 *   unknown unit in `changes.close` or `changes.risk`, a duplicate id in `changes.add`, a schedule of
 *   another plan; `unsupported` naming `schedule.manifest.algorithms.routine` when the schedule's
 *   routine was drawn in a version this library does not draw; `infeasible` when the new frame cannot take a period's budget or the cap.
 */
export function replan(input: PlanInput, schedule: Schedule, options: ReplanOptions): Schedule {
  const valid = validate(planInputSchema, input);
  const request = validate(replanSchema, options, '', 'options');
  const inputHash = hashInput(valid);
  const calendar = buildCalendar(valid.horizon);
  checkSchedule(schedule, calendar.periods.length, inputHash);
  const { from } = request;
  if (from < calendar.start || from > calendar.end) {
    throw new FairdrawError(
      'invalid-input',
      'from',
      `${from} is outside the horizon ${calendar.start}..${calendar.end}`,
    );
  }
  const t0 = calendar.periods.findIndex((p) => p.start === from);
  if (t0 < 0) {
    const p = calendar.periods.find((q) => q.start <= from && from <= q.end)!;
    const next = calendar.periods[p.index + 1];
    throw new FairdrawError(
      'invalid-input',
      'from',
      `must be the first day of a period: ${from} is inside period ${p.index} (${p.start}..${p.end}); ` +
        `replan from ${p.start}${next ? ` or ${next.start}` : ''}`,
    );
  }
  const units = applyReplanChanges(
    valid,
    replayedUnits(valid, schedule.log),
    from,
    request.changes,
    'changes',
  );
  const frame: ValidPlanInput = { ...valid, units };
  // The later periods are drawn as the schedule was (its manifest says how), or not at all.
  checkRecordedRoutine(valid, schedule.manifest.algorithms?.routine, 'schedule.manifest.algorithms.routine');
  const seed = resolveSeed(valid.seed, inputHash);
  const logIndex = schedule.log.length;
  const subSeed = deriveSeed(seed, 'replan', logIndex);

  // What stays: every visit before `from`; what is kept but restaffed: later visits that are not
  // routine, except those of the units closed now (they are dropped and the log counts them).
  const closed = new Set(request.changes.close ?? []);
  const past = schedule.visits.filter((v) => v.date < from);
  const laterOther = schedule.visits.filter((v) => v.date >= from && v.kind !== 'routine');
  const laterFixed = laterOther.filter((v) => !closed.has(v.unit));
  const dropped = laterOther.filter((v) => closed.has(v.unit));
  const indexOf = new Map(units.map((u, i) => [u.id, i]));
  const fixedVisits = new Array<number>(units.length).fill(0);
  const fixedDates: string[][] = units.map(() => []);
  for (const v of [...past, ...laterFixed]) {
    const i = indexOf.get(v.unit);
    if (i === undefined) continue;
    fixedVisits[i]! += 1;
    fixedDates[i]!.push(v.date);
  }

  // The routine draw of periods t0.., with probability 0 before t0.
  const budgets = periodBudgets(
    valid.routine,
    calendar.periods.map((p) => ({ workdays: p.workdays.length, nominalWorkdays: p.nominalWorkdays })),
  );
  const framePeriods: FramePeriod[] = calendar.periods.map((p) => ({
    index: p.index,
    start: p.start,
    end: p.end,
    budget: p.index < t0 ? 0 : budgets[p.index]!,
  }));
  const rows = [
    ...framePeriods.slice(0, t0).map(() => new Float64Array(units.length)),
    ...routineProbabilities(frame, framePeriods.slice(t0), raisedRisk(frame, calendar)),
  ];
  const capped = capRoutineProbabilities(frame, framePeriods, rows, fixedVisits);
  const { chosen, probabilities: drawn } = drawRoutine(frame, subSeed, capped.probabilities);
  const placed = placeRoutineVisits(subSeed, chosen, calendar, valid.limits?.minGapDays, fixedDates);

  // The visits from `from` on, in schedule order, numbered after the kept ones.
  const later: Visit[] = [
    ...placed.map((v) => ({
      id: '',
      kind: 'routine' as const,
      period: v.period,
      date: v.date,
      unit: units[v.unit]!.id,
      inspectors: [] as string[],
    })),
    ...laterFixed.map((v) => ({ ...v, inspectors: [] as string[] })),
  ];
  later.sort(compareVisits);
  const width = Math.max(4, String(past.length + later.length).length);
  let next = past.reduce((m, v) => Math.max(m, visitNumber(v.id)), 0);
  const renamed = new Map<string, string>();
  for (const v of later) {
    const id = `v-${String(++next).padStart(width, '0')}`;
    if (v.id !== '') renamed.set(v.id, id);
    v.id = id;
  }
  staffVisits(frame, later, subSeed);
  const visits = [...structuredClone(past), ...later];

  // Probabilities: kept before t0, the new draw's from t0 on.
  const priorById = new Map(schedule.units.map((u) => [u.id, u]));
  const T = calendar.periods.length;
  const pi: Float64Array[] = [];
  for (let t = 0; t < T; t++) {
    if (t >= t0) pi.push(drawn[t]!);
    else pi.push(Float64Array.from(units, (u) => priorById.get(u.id)?.probabilities[t] ?? 0));
  }
  const allChosen: number[][] = pi.map(() => []);
  for (const v of visits) {
    if (v.kind !== 'routine') continue;
    const i = indexOf.get(v.unit);
    if (i !== undefined) allChosen[v.period]!.push(i);
  }
  for (const sel of allChosen) sel.sort((a, b) => a - b);

  const notes: ScheduleNote[] = [...(schedule.notes ?? []), restatement(frame, from, t0)];
  const cap = valid.limits?.maxVisitsPerUnit;
  units.forEach((u, i) => {
    if (cap === undefined || !capped.capped[i] || fixedVisits[i] === 0) return;
    const room = capped.upper[i]!;
    notes.push({
      kind: 'cap',
      from,
      unit: u.id,
      message:
        room === 0
          ? `${u.id} already has ${fixedVisits[i]} of its ${cap} visits (limits.maxVisitsPerUnit): its routine probabilities from ${from} on are 0, not the ${rows.reduce((s, r) => s + r[i]!, 0).toFixed(4)} expected visits the frame alone would give`
          : `${u.id} has ${fixedVisits[i]} visits that count toward its cap of ${cap}: its routine probabilities from ${from} on are scaled to sum to ${room}, the room left under the cap`,
    });
  });

  const algorithms: Record<string, string> = {
    ...schedule.manifest.algorithms,
    ...limitAlgorithms(valid),
    replan: REPLAN_ALGORITHM,
  };
  const typeOf = new Map(units.map((u) => [u.id, u.type]));
  const out: Schedule = {
    ...structuredClone(schedule),
    manifest: {
      ...structuredClone(schedule.manifest),
      algorithm: Object.entries(algorithms)
        .map(([k, v]) => `${k}=${v}`)
        .join(';'),
      algorithms,
      scheduleHash: '',
    },
    units: unitSummaries(
      units,
      pi,
      allChosen,
      (i) => priorById.get(units[i]!.id)?.capped === true || capped.capped[i] === true,
    ),
    types: typeSummaries(units, pi, allChosen),
    inspectors: inspectorLoads(
      valid.inspectors.map((x) => x.id),
      visits,
      typeOf,
    ),
    visits,
    log: [
      ...structuredClone(schedule.log),
      {
        kind: 'replan',
        at: from,
        reason: request.reason,
        from,
        changes: request.changes,
        sequence: logIndex,
        visits: {
          kept: past.length,
          replaced: schedule.visits.length - past.length,
          drawn: later.length,
          dropped: dropped.map((v) => v.id),
        },
      },
    ],
    ...limitFields(frame, visits),
    notes,
  };
  relinkSummaries(out, renamed, new Set(dropped.map((v) => v.id)), from);
  return seal(out, seed);
}

/**
 * Points the directed and finding summaries at the renumbered visits; a visit dropped because its unit
 * closed loses its link, and a finding says why its follow-up is no longer scheduled.
 */
function relinkSummaries(
  schedule: Schedule,
  renamed: ReadonlyMap<string, string>,
  dropped: ReadonlySet<string>,
  from: string,
): void {
  for (const d of schedule.directed ?? []) {
    if (d.visit === undefined) continue;
    if (dropped.has(d.visit)) {
      delete d.visit;
      d.note = `the unit was closed from ${from} by a replan; the visit is not made`;
    } else {
      d.visit = renamed.get(d.visit) ?? d.visit;
    }
  }
  for (const f of schedule.findings ?? []) {
    if (f.visit === undefined) continue;
    if (dropped.has(f.visit)) {
      delete f.visit;
      f.scheduled = false;
      f.note = `the unit was closed from ${from} by a replan; the follow-up is not made`;
    } else {
      f.visit = renamed.get(f.visit) ?? f.visit;
    }
  }
}

/** The one place a replanned schedule is sealed (the audit's seal may change signature). */
function seal(schedule: Schedule, seed: string): Schedule {
  return sealSchedule(schedule, seed);
}

/** The `restated` note of a replan: which horizon guarantees hold from `from` on. */
function restatement(frame: ValidPlanInput, from: string, t0: number): ScheduleNote {
  const horizon = frame.routine.coordination === 'horizon';
  return {
    kind: 'restated',
    from,
    message: horizon
      ? `periods ${t0}.. were redrawn from ${from} with the changed frame; for them, each unit's routine visits are the floor or ceiling of the sum of its probabilities over periods ${t0}.., each period's total is exact, and each type gets the floor or ceiling of its expectation in each period. Whole-horizon counts are not restated: visits before ${from} were drawn under the earlier frame.`
      : `periods ${t0}.. were redrawn from ${from} with the changed frame, each period on its own; each period's total is exact.`,
  };
}
