import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { replanSchema } from '../model/replanSchema.js';
import {
  type FindingSummary,
  readSchedule,
  type Schedule,
  type ScheduleNote,
  type Visit,
} from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';
import { validate } from '../model/validate.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { checkIntact, lastChange } from './anchors.js';
import { checkRecordedRoutine } from './drawRoutine.js';
import { followUps } from './followUps.js';
import { drawFrom, framePeriods, type History, type OpenPlan, openPlan } from './pipeline.js';
import { applyReplanChanges, checkAddedFindings, loggedFindings, replayedUnits } from './replanFrame.js';
import { sealSchedule } from './seal.js';
import type { DraftVisit } from './visitOrder.js';

/** The algorithm id of the replan step, recorded in the manifest of a replanned schedule. */
export const REPLAN_ALGORITHM = 'replan-from-period@1';

/**
 * Redraws the rest of a schedule after the frame changed: units opened, units closed, risk weights
 * moved (docs/replan.md). It is the pipeline of `plan` run from period `t0` given the kept history
 * (`drawFrom`, docs/architecture.md), so a replanned schedule has every field a planned one has.
 *
 * - `options.from` must be the first day of a period `t0` of the horizon. Every visit dated before
 *   `from` is kept exactly as it is (id, kind, date, unit, inspectors), and so are the probabilities of
 *   periods before `t0`.
 * - The frame is the plan's units with the changes of every earlier `replan` entry of the log, then
 *   these changes: `add` (new units, in the frame from their `active.from`), `close` (out of the frame
 *   from `from` on), `risk` (new weights).
 * - `findings` (as in the plan file, without `raiseRisk`) are appended to the schedule's `findings`
 *   and each gets its follow-up visit as a plan's finding does (`followUps`), but never before `from`:
 *   a follow-up that fell due before `from` is made on the first working day from `from` on, and its
 *   visit is marked `late: true`. Follow-ups count toward `limits` like every visit.
 * - The periods `t0 ..` are drawn again exactly as `plan` draws a horizon, in the design version the
 *   schedule's `manifest.algorithms.routine` records, with the periods before `t0` given probability 0,
 *   and with the master seed replaced by the sub-seed `S = deriveSeed(seed, "replan", k)`, `k` the
 *   position of the new entry in `schedule.log`: routine draw `deriveSeed(S, "routine", "horizon")` (or
 *   `(S, "routine", t)`), dates `deriveSeed(S, "dates", t)`, inspectors `deriveSeed(S, "inspectors")`.
 *   Visits from `from` on that are not routine keep their unit and date and are staffed again with the
 *   new routine visits; those of a unit closed now are dropped, and their summaries say so.
 * - `limits.maxVisitsPerUnit` counts the kept visits: unit `i` may get at most `cap - kept_i` routine
 *   visits from `t0` on; where that is 0 its remaining probabilities are 0, and a `notes` entry says so.
 * - The schedule reports, for periods `t0 ..`, the probabilities the new draw used (conditional on the
 *   history), keeps each unit's campaign probabilities, and states in `notes` which guarantees now
 *   hold. The change is appended to `schedule.log` as `{ kind: "replan", at: from, reason, from,
 *   changes, sequence: k, before, visits }` (`before`: the schedule's hash before the replan), and
 *   the schedule is sealed again. `replan(input, before, { from, reason, changes })` of a logged
 *   entry gives the same schedule byte for byte, so `verify` replays it.
 *
 * @param input - the plan the schedule was drawn from (its input hash must match).
 * @param schedule - the schedule to change (validated); not modified.
 * @param options - `from`, `reason` and `changes` (`add`, `close`, `risk`, `findings`).
 * @returns the replanned schedule.
 * @throws {FairdrawError} naming the field: `options.from` outside the horizon or not a period start,
 *   an unknown unit in `options.changes.close`, `.risk` or `.findings`, a finding after the horizon or
 *   with `raiseRisk`, a duplicate id in `options.changes.add`, a
 *   schedule that is not one (`schedule...`) or of another plan (`schedule.manifest.inputHash`);
 *   `unsupported` naming `schedule.manifest.algorithms.routine` when the schedule's routine was drawn
 *   in a version this library does not draw; `infeasible` when the new frame cannot take a period's
 *   budget or the cap.
 */
export function replan(input: unknown, schedule: unknown, options: unknown): Schedule {
  const opened = openPlan(input);
  const before = readSchedule(schedule);
  const request = validate(replanSchema, options, 'options');
  const frame = framePeriods(opened.input);
  const { calendar } = frame;
  checkIntact(opened, before);
  if (before.periods.length !== calendar.periods.length) {
    throw new FairdrawError('invalid-input', 'schedule.periods', (t) =>
      t.schedule.periodsCount(before.periods.length, calendar.periods.length),
    );
  }
  const { from } = request;
  if (from < calendar.start || from > calendar.end) {
    throw new FairdrawError('invalid-input', 'options.from', (t) =>
      t.plan.outsideHorizon(from, calendar.start, calendar.end),
    );
  }
  const t0 = calendar.periods.findIndex((p) => p.start === from);
  if (t0 < 0) {
    const p = calendar.periods.find((q) => q.start <= from && from <= q.end)!;
    const next = calendar.periods[p.index + 1];
    throw new FairdrawError('invalid-input', 'options.from', (t) =>
      t.schedule.notPeriodStart(from, p.index, p.start, p.end, next?.start),
    );
  }
  const last = lastChange(before.log, opened.input.horizon.zone, ['replan', 'substitution']);
  if (last !== undefined && from < last.day) {
    throw new FairdrawError('invalid-input', 'options.from', (t) =>
      t.schedule.beforeLastChange(from, last.kind, last.day),
    );
  }
  const units = applyReplanChanges(
    opened.input,
    replayedUnits(opened.input, before.log),
    from,
    request.changes,
    'options.changes',
  );
  // The later periods are drawn as plan draws them: the schedule must have been drawn so too.
  checkRecordedRoutine(
    opened.input,
    before.manifest.algorithms.routine,
    'schedule.manifest.algorithms.routine',
  );
  const closed = new Set(request.changes.close ?? []);
  // New findings: their follow-ups are made from `from` on (one already due, on its first working day, late).
  const findings = request.changes.findings ?? [];
  checkAddedFindings(findings, units, calendar.end, 'options.changes.findings');
  const added = followUps({ ...opened.input, units }, calendar, {
    findings,
    first: before.findings?.length ?? 0,
    from,
    path: 'options.changes.findings',
  });
  const history = keptHistory(opened, before, { t0, from, units, closed, added });
  // The frame lists every finding so far, so the schedule has its finding summaries and counts.
  const all = [...loggedFindings(opened.input, before.log), ...findings];
  const withFindings = all.length > 0 ? { ...opened, input: { ...opened.input, findings: all } } : opened;
  const drawn = drawFrom(withFindings, frame, history, { replan: REPLAN_ALGORITHM });
  const out = drawn.schedule;

  const cap = opened.input.limits?.maxVisitsPerUnit;
  const notes: ScheduleNote[] = [...(before.notes ?? []), restatement(opened.input, from, t0)];
  units.forEach((u, i) => {
    const keptVisits = history.others.bound[i]!;
    if (cap === undefined || !drawn.capped.capped[i] || keptVisits === 0) return;
    const room = drawn.capped.upper[i]!;
    notes.push({
      kind: 'cap',
      from,
      unit: u.id,
      message:
        room === 0
          ? `${u.id} already has ${keptVisits} of its ${cap} visits (limits.maxVisitsPerUnit): its routine probabilities from ${from} on are 0, not the ${drawn.rows.reduce((s, r) => s + r[i]!, 0).toFixed(4)} expected visits the frame alone would give`
          : `${u.id} has ${keptVisits} visits that count toward its cap of ${cap}: its routine probabilities from ${from} on are scaled to sum to ${room}, the room left under the cap`,
    });
  });
  const past = history.kept.length;
  out.log.push({
    kind: 'replan',
    at: from,
    reason: request.reason,
    from,
    changes: request.changes,
    sequence: before.log.length,
    before: before.manifest.scheduleHash,
    visits: {
      kept: past,
      replaced: before.visits.length - past,
      drawn: out.visits.length - past,
      dropped: before.visits
        .filter((v) => v.date >= from && v.kind !== 'routine' && closed.has(v.unit))
        .map((v) => v.id),
    },
  });
  out.notes = notes;
  return sealSchedule(out, opened.seed);
}

/**
 * The history a replan keeps: every visit before `from` as it is; the later visits that are not
 * routine (campaign, directed, follow-up) as fixed visits to restaff, except those of the units closed
 * now, whose summaries then say why there is no visit; the earlier probabilities and campaign chances.
 */
function keptHistory(
  opened: OpenPlan,
  before: Schedule,
  at: {
    t0: number;
    from: string;
    units: History['units'];
    closed: ReadonlySet<string>;
    added: { visits: DraftVisit[]; summaries: FindingSummary[] };
  },
): History {
  const { from, units, closed, added } = at;
  const prior = structuredClone(before);
  const kept = prior.visits.filter((v) => v.date < from);
  const later = prior.visits.filter((v) => v.date >= from && v.kind !== 'routine');
  const fixed = later.filter((v) => !closed.has(v.unit));
  const findings = [...(prior.findings ?? []), ...added.summaries];
  const dropped = new Set(later.filter((v) => closed.has(v.unit)).map((v) => v.id));
  // What counts toward the limits: the visits that stay, whatever their kind.
  const indexOf = new Map(units.map((u, i) => [u.id, i]));
  const bound = units.map(() => 0);
  const dates: string[][] = units.map(() => []);
  for (const v of [...kept, ...fixed, ...added.visits]) {
    const i = indexOf.get(v.unit);
    if (i === undefined) continue;
    bound[i]! += 1;
    dates[i]!.push(v.date);
  }
  for (const d of prior.directed ?? []) {
    if (d.visit === undefined || !dropped.has(d.visit)) continue;
    delete d.visit;
    d.note = `the unit was closed from ${from} by a replan; the visit is not made`;
  }
  for (const f of findings) {
    if (f.visit === undefined || !dropped.has(f.visit)) continue;
    delete f.visit;
    f.scheduled = false;
    f.note = `the unit was closed from ${from} by a replan; the follow-up is not made`;
  }
  const priorUnit = new Map(prior.units.map((u) => [u.id, u]));
  const campaignIds = (opened.input.campaigns ?? []).map((c) => c.id);
  return {
    from: at.t0,
    seed: deriveSeed(opened.seed, 'replan', before.log.length),
    units,
    kept,
    fixed: [
      ...fixed.map(({ id, inspectors, ...draft }: Visit): DraftVisit => ({ ...draft, key: id })),
      ...added.visits,
    ],
    others: { bound, dates },
    keptProbability: (id, t) => {
      const unit = priorUnit.get(id);
      return unit === undefined ? 0 : (unitProbabilities(prior, unit)[t] ?? 0);
    },
    keptCapped: (id) => priorUnit.get(id)?.capped === true,
    campaignProbability: (i, c) => priorUnit.get(units[i]!.id)?.campaigns?.[campaignIds[c]!] ?? 0,
    ...(prior.campaigns ? { campaigns: prior.campaigns } : {}),
    ...(prior.directed ? { directed: prior.directed } : {}),
    ...(prior.findings || findings.length > 0 ? { findings } : {}),
    log: prior.log,
    ...(prior.notes ? { notes: prior.notes } : {}),
  };
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
