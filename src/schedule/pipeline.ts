import { AUDIT_ALGORITHMS } from '../audit/auditAlgorithms.js';
import { commitSeed } from '../audit/commitSeed.js';
import { effectiveSeed } from '../audit/effectiveSeed.js';
import { hashInput } from '../audit/hashInput.js';
import { buildCalendar } from '../calendar/buildCalendar.js';
import type { Calendar } from '../calendar/Calendar.js';
import { FairdrawError, problem } from '../model/FairdrawError.js';
import { markPlainJson, plainJsonOf } from '../model/plainJsonArrays.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type {
  CalendarSource,
  CampaignSummary,
  DirectedSummary,
  FindingSummary,
  LogEntry,
  Manifest,
  Schedule,
  ScheduleNote,
  Visit,
} from '../model/scheduleSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import type { Unit } from '../model/unitSchema.js';
import { RNG_ALGORITHM } from '../random/createRng.js';
import { VERSION } from '../version.js';
import { type CappedRoutine, capRoutineProbabilities } from './capRoutineProbabilities.js';
import { placeRoutineVisits } from './dates.js';
import { drawRoutine, routineAlgorithm } from './drawRoutine.js';
import { campaignAlgorithm } from './drawVersions.js';
import { expandPlan } from './expandPlan.js';
import { type FramePeriod, periodBudgets, raisedRisk, routineProbabilities } from './routineProbabilities.js';
import { staffVisits } from './staffing.js';
import { scheduleSummaries } from './summaries.js';
import { type DraftVisit, numberVisits } from './visitOrder.js';

/**
 * The pipeline every schedule goes through (docs/architecture.md): `plan` runs it from period 0 with
 * nothing kept, `replan` runs it from period `t0` given the kept history. The steps, in order:
 * 1. frame: the validated plan, its input hash, its master seed, its calendar ({@link openPlan});
 * 2. probabilities: each period's budget and each unit's routine inclusion probability, under the cap;
 * 3. the routine draw; 4. the dates; 5. numbering and staffing; 6. the summaries; 7. the manifest.
 * The seal (`sealSchedule`) is the caller's last step, after it has added its log entry.
 */

/** A plan file opened for drawing: validated, its days written out, hashed, and its master seed resolved. */
export interface OpenPlan {
  /** The validated plan with its days written out (`expandPlan`): what is hashed and drawn. */
  input: ValidPlanInput;
  /** `hashInput(input)`: SHA-256 of the canonical JSON of the input without its seed. */
  inputHash: string;
  /** The official calendar of `horizon.calendar` and its package version, for `manifest.calendar`. */
  calendar?: CalendarSource;
  /** The master seed: the plain seed, or the effective seed of a commit-reveal seed. */
  seed: string;
}

/**
 * Validates a plan file and resolves its master seed.
 *
 * @throws {FairdrawError} naming the field of the plan file that is wrong.
 */
export function openPlan(input: unknown): OpenPlan {
  const read = readPlan(input);
  return { ...read, seed: masterSeed(read) };
}

/**
 * Validates a plan file, writes out its days (`expandPlan`: an official calendar into explicit lists,
 * listed days outside the horizon left out) and hashes the result, without resolving its seed (`verify`
 * first checks the seed's commitment itself, to report a wrong secret as a difference).
 */
export function readPlan(input: unknown): Omit<OpenPlan, 'seed'> {
  const { input: valid, calendar } = expandPlan(input);
  return { input: valid, inputHash: hashInput(valid), ...(calendar ? { calendar } : {}) };
}

/**
 * The master seed of a plan read with {@link readPlan}: the plain seed, or the effective seed of a
 * commit-reveal seed (docs/audit.md).
 */
export function masterSeed({ input, inputHash }: Omit<OpenPlan, 'seed'>): string {
  return typeof input.seed === 'string' ? input.seed : effectiveSeed(input.seed, inputHash);
}

/**
 * What a draw from period `from` on is given: what it must keep, and what it draws with. For `plan`,
 * period 0, nothing kept, the master seed, and the campaign, directed and follow-up visits the plan
 * file fixes; for `replan`, the history of the schedule it changes.
 */
export interface History {
  /** The first period drawn. */
  from: number;
  /** The seed of the routine draw, the dates and the staffing: the master seed, or a replan's sub-seed. */
  seed: string;
  /** The frame's units (the plan's, with the changes of every replan so far). */
  units: Unit[];
  /** Visits dated before period `from`: kept exactly, with their ids and teams. */
  kept: Visit[];
  /**
   * Visits from period `from` on that this draw does not draw but staffs and numbers: campaign,
   * directed and follow-up visits. `key` is what their summaries call them until they are numbered.
   */
  fixed: DraftVisit[];
  /**
   * Per unit index, what the visits outside the routine draw take from `limits`: `bound[i]`, an upper
   * bound on their number (for the cap), and `dates[i]`, their dates (for the gap).
   */
  others: { bound: ArrayLike<number>; dates: readonly (readonly string[] | undefined)[] };
  /** Unit `id`'s routine probability in period `t < from`, as reported before. */
  keptProbability(id: string, t: number): number;
  /** Whether unit `id` was reported capped before. */
  keptCapped(id: string): boolean;
  /** Unit `i`'s inclusion probability in campaign `c` (index in the plan file's `campaigns`). */
  campaignProbability(i: number, c: number): number;
  /** The campaign, directed and finding summaries, their `visit` fields naming `fixed` keys. */
  campaigns?: CampaignSummary[];
  directed?: DirectedSummary[];
  findings?: FindingSummary[];
  /** The log and notes so far. */
  log: LogEntry[];
  notes?: ScheduleNote[];
}

/** A drawn but unsealed schedule, with what the draw's caller may need to explain it. */
export interface Drawn {
  schedule: Schedule;
  /** The rows handed to the cap: `rows[t][i]`, 0 before `from`. */
  rows: readonly Float64Array[];
  /** The cap's result (`capped[i]`, `upper[i]`). */
  capped: CappedRoutine;
  /** Each `fixed` key (and each kept id) with the id its visit has now. */
  renamed: ReadonlyMap<string, string>;
}

/** Checks the budget against the calendar: a period that must have visits needs a working day. */
function checkWorkdays(input: ValidPlanInput, budgets: readonly number[], calendar: Calendar): void {
  const field =
    input.routine.visitsPerWorkday !== undefined ? 'routine.visitsPerWorkday' : 'routine.visitsPerPeriod';
  const problems = calendar.periods.flatMap((p) =>
    budgets[p.index]! > 0 && p.workdays.length === 0
      ? [problem(field, (t) => t.schedule.periodNoWorkday(p.index, p.start, p.end, budgets[p.index]!))]
      : [],
  );
  if (problems.length > 0) throw new FairdrawError('infeasible', field, problems[0]!.message, problems);
}

/** The calendar of a plan and its periods with their routine budgets. */
export interface PlanFrame {
  calendar: Calendar;
  periods: FramePeriod[];
}

/**
 * The calendar of a plan and its periods with their routine budgets (steps 1 and 2).
 *
 * @throws {FairdrawError} `infeasible` naming the budget when a period with visits has no working day.
 */
export function framePeriods(input: ValidPlanInput): PlanFrame {
  const calendar = buildCalendar(input.horizon);
  const budgets = periodBudgets(
    input.routine,
    calendar.periods.map((p) => ({ workdays: p.workdays.length, nominalWorkdays: p.nominalWorkdays })),
  );
  checkWorkdays(input, budgets, calendar);
  const periods = calendar.periods.map((p) => ({
    index: p.index,
    start: p.start,
    end: p.end,
    budget: budgets[p.index]!,
  }));
  return { calendar, periods };
}

/**
 * The manifest of a schedule of `input`, `extra` steps last (a replan's
 * `replan=replan-from-period@1`). `scheduleHash` is left empty for the seal.
 */
function manifestOf(opened: OpenPlan, extra: Readonly<Record<string, string>>): Manifest {
  const { input } = opened;
  const algorithms: Record<string, string> = {
    seed: 'sha256-path@1',
    routine: routineAlgorithm(input),
    dates: input.limits?.minGapDays !== undefined ? 'spread-shuffle+gap@1' : 'spread-shuffle@1',
    inspectors: 'assign-flow@1',
    ...(input.limits?.maxVisitsPerUnit !== undefined ? { cap: 'horizon-fix-rescale@1' } : {}),
    seal: AUDIT_ALGORITHMS.seal,
  };
  if (input.campaigns) {
    // campaign-draw@2 only when a campaign drew pivotal@2 or systematic@2: all-maxent keeps @1.
    algorithms.campaigns = campaignAlgorithm(input.campaigns.map((c) => c.design));
  }
  if (input.directed) algorithms.directed = 'directed-first-workday@1';
  if (input.findings) algorithms.findings = 'deadline-follow-up@1';
  Object.assign(algorithms, extra);
  const seed = input.seed;
  return {
    library: `fairdraw@${VERSION}`,
    algorithm: Object.entries(algorithms)
      .map(([k, v]) => `${k}=${v}`)
      .join(';'),
    algorithms,
    rng: RNG_ALGORITHM,
    ...(opened.calendar ? { calendar: { ...opened.calendar } } : {}),
    inputHash: opened.inputHash,
    seedCommitment: typeof seed === 'string' ? commitSeed(seed) : seed.commitment,
    ...(typeof seed === 'string' ? {} : { seedPublic: seed.public }),
    scheduleHash: '',
    periods: 0,
  };
}

/**
 * Runs the pipeline from period `history.from` on (steps 2 to 7) and returns the unsealed schedule.
 *
 * @param opened - the plan file, opened.
 * @param calendar - its calendar and periods ({@link framePeriods}).
 * @param history - what the draw keeps and is given (see {@link History}).
 * @param extraAlgorithms - manifest steps after the draw's own (a replan's).
 * @throws {FairdrawError} `infeasible` when a budget, the cap or the staffing cannot be met.
 */
export function drawFrom(
  opened: OpenPlan,
  { calendar, periods }: PlanFrame,
  history: History,
  extraAlgorithms: Readonly<Record<string, string>> = {},
): Drawn {
  const frame: ValidPlanInput = { ...opened.input, units: history.units };
  const t0 = history.from;
  // Before `from` nothing is drawn: budget 0, probability 0.
  const drawnPeriods = periods.map((p) => (p.index < t0 ? { ...p, budget: 0 } : p));
  const rows = [
    ...drawnPeriods.slice(0, t0).map(() => new Float64Array(frame.units.length)),
    ...routineProbabilities(frame, drawnPeriods.slice(t0), raisedRisk(frame, calendar)),
  ];
  // limits.maxVisitsPerUnit bounds each unit's expected routine visits before the draw (docs/limits.md).
  const capped = capRoutineProbabilities(frame, drawnPeriods, rows, history.others.bound);
  const routine = drawRoutine(frame, history.seed, capped.probabilities);
  // limits.minGapDays is kept by the dates only; the selection is not touched (docs/limits.md).
  const placed = placeRoutineVisits(
    history.seed,
    routine.chosen,
    calendar,
    frame.limits?.minGapDays,
    history.others.dates,
  );
  const drafts: DraftVisit[] = [
    ...placed.map(
      (v): DraftVisit => ({ kind: 'routine', period: v.period, date: v.date, unit: frame.units[v.unit]!.id }),
    ),
    ...history.fixed,
  ];
  const { visits: drawn, renamed, order } = numberVisits(drafts, history.kept);
  // The summaries point at their visits by key until now: give them the ids.
  for (const summary of [...(history.directed ?? []), ...(history.findings ?? [])]) {
    if (summary.visit !== undefined) summary.visit = renamed.get(summary.visit) ?? summary.visit;
  }
  // Each visit's unit as an index in the frame: a drawn routine visit's from the draw, the others' by id.
  const index = unitIndex(frame.units);
  const drawnUnits = Int32Array.from(order, (k) =>
    k < placed.length ? placed[k]!.unit : (index.get(drafts[k]!.unit) ?? -1),
  );
  staffVisits(frame, drawn, history.seed, drawnUnits);
  const visits = [...history.kept, ...drawn];
  if (history.kept.length === 0 && history.fixed.length === 0 && plainJsonOf(frame.units) !== undefined) {
    // Routine visits only, all made here and alike (the members of the first are every one's):
    // numbered ids, calendar dates, the ids of the validated plan's units and inspectors. The seal
    // writes them without a walk (markPlainJson).
    markPlainJson(visits, Object.keys(visits[0] ?? {}).sort(), 3);
  }
  const units = new Int32Array(visits.length).fill(-1);
  units.set(drawnUnits, history.kept.length);

  // The probabilities reported: as before `from`, the new draw's from `from` on.
  const pi = periods.map((p) =>
    p.index >= t0
      ? routine.probabilities[p.index]!
      : Float64Array.from(frame.units, (u) => history.keptProbability(u.id, p.index)),
  );
  // The units of each period's routine visits, as indices: the draw's own (the drawn routine visits
  // are exactly these, from `from` on), and the kept routine visits', before `from`, looked up by id.
  const chosen = routine.chosen.map((units) => [...units]);
  for (const v of history.kept) {
    const i = v.kind === 'routine' ? index.get(v.unit) : undefined;
    if (i !== undefined) chosen[v.period]!.push(i);
  }
  const schedule = scheduleSummaries(frame, {
    manifest: manifestOf(opened, extraAlgorithms),
    periods: calendar.periods.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      visits: periods[p.index]!.budget,
      workdays: p.workdays.length,
    })),
    pi,
    capped: (i) => history.keptCapped(frame.units[i]!.id) || capped.capped[i] === true,
    history,
    visits,
    chosen,
    units,
  });
  return { schedule, rows, capped, renamed };
}
