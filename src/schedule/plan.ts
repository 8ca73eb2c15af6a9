import { commitSeed } from '../audit/commitSeed.js';
import { hashInput } from '../audit/hashInput.js';
import { buildCalendar } from '../calendar/buildCalendar.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { type PlanInput, planInputSchema, type ValidPlanInput } from '../model/planInputSchema.js';
import { validate } from '../model/validate.js';
import { RNG_ALGORITHM } from '../random/createRng.js';
import { VERSION } from '../version.js';
import { capRoutineProbabilities } from './capRoutineProbabilities.js';
import { directedVisits } from './directedVisits.js';
import { drawCampaigns } from './drawCampaigns.js';
import { drawRoutine, routineAlgorithm } from './drawRoutine.js';
import { campaignAlgorithm } from './drawVersions.js';
import { followUps } from './followUps.js';
import { limitAlgorithms, limitFields } from './limitFields.js';
import { type DraftVisit, numberVisits } from './numberVisits.js';
import { otherVisitsByUnit } from './otherVisitsByUnit.js';
import { periodBudgets } from './periodBudgets.js';
import { placeRoutineVisits } from './placeRoutineVisits.js';
import { raisedRisk } from './raisedRisk.js';
import { resolveSeed } from './resolveSeed.js';
import { routineProbabilities } from './routineProbabilities.js';
import type { Manifest, Schedule } from './Schedule.js';
import { sealSchedule } from './sealSchedule.js';
import { SEAL_ALGORITHM } from './sealTree.js';
import { staffVisits } from './staffVisits.js';
import { inspectorLoads, typeSummaries } from './summaries.js';
import { unitSummaries } from './unitSummaries.js';
import { yearFields } from './yearFields.js';

/** Checks the budget against the calendar: a period that must have visits needs a working day. */
function checkWorkdays(
  budgets: readonly number[],
  periods: readonly { index: number; start: string; end: string; workdays: readonly string[] }[],
  field: string,
): void {
  const problems = periods.flatMap((p) =>
    budgets[p.index]! > 0 && p.workdays.length === 0
      ? [
          {
            path: field,
            message: `period ${p.index} (${p.start}..${p.end}) must have ${budgets[p.index]} visits but has no working day`,
          },
        ]
      : [],
  );
  if (problems.length > 0) throw new FairdrawError('infeasible', field, problems[0]!.message, problems);
}

/**
 * Draws a schedule of unannounced visits from a plan file.
 *
 * The steps, each with a sub-seed of its own derived from the master seed (docs/spec.md):
 * 1. validate the input and cut the horizon into periods on its calendar;
 * 2. give each period a routine budget and each unit its inclusion probability in each period;
 * 3. draw the routine visits of all periods (jointly under `coordination: "horizon"`);
 * 4. give each visit a working day of its period;
 * 5. add the campaign draws (each with its own sub-seeds), the directed visits and the follow-ups of
 *    findings (deterministic), and number all visits in one list (docs/year.md);
 * 6. assign inspectors at random to ALL visits under recusal, qualification, availability and capacity;
 * 7. record the manifest: versions, algorithms, input hash, seed commitment, and seal the schedule
 *    (`manifest.scheduleHash`: salted per-period leaves and a summary leaf in a Merkle tree).
 *
 * The draws use the newest version of every sampling design (`pivotal@2`, `systematic@2`, `maxent@1`),
 * recorded in `manifest.algorithms` (docs/spec/plan.md "Draw versions").
 *
 * @param input - the plan file (see `schema/plan-input.schema.json`).
 * @returns the schedule; the same input always gives the same schedule, byte for byte.
 * @throws {FairdrawError} on bad input (naming the field) or when a constraint cannot be met.
 */
export function plan(input: PlanInput): Schedule {
  const valid: ValidPlanInput = validate(planInputSchema, input);
  const inputHash = hashInput(valid);
  const seed = resolveSeed(valid.seed, inputHash);
  const calendar = buildCalendar(valid.horizon);
  const budgets = periodBudgets(
    valid.routine,
    calendar.periods.map((p) => ({ workdays: p.workdays.length, nominalWorkdays: p.nominalWorkdays })),
  );
  const budgetField =
    valid.routine.visitsPerWorkday !== undefined ? 'routine.visitsPerWorkday' : 'routine.visitsPerPeriod';
  checkWorkdays(budgets, calendar.periods, budgetField);

  const framePeriods = calendar.periods.map((p) => ({
    index: p.index,
    start: p.start,
    end: p.end,
    budget: budgets[p.index]!,
  }));
  // Campaigns, directed visits and follow-ups come first: they use no routine random number, and
  // they count toward limits.maxVisitsPerUnit and limits.minGapDays (docs/limits.md).
  const campaigns = drawCampaigns(valid, seed, calendar);
  const directed = directedVisits(valid, calendar);
  const findings = followUps(valid, calendar);
  const others = otherVisitsByUnit(valid, campaigns, [...directed, ...findings.visits]);
  // limits.maxVisitsPerUnit bounds each unit's expected routine visits before the draw (docs/limits.md).
  const capped = capRoutineProbabilities(
    valid,
    framePeriods,
    routineProbabilities(valid, framePeriods, raisedRisk(valid, calendar)),
    others.bound,
  );
  const { chosen, probabilities: pi } = drawRoutine(valid, seed, capped.probabilities);
  // limits.minGapDays is kept by the dates only; the selection is not touched (docs/limits.md).
  const placed = placeRoutineVisits(seed, chosen, calendar, valid.limits?.minGapDays, others.dates);

  const units = valid.units;
  const drafts: DraftVisit[] = [
    ...placed.map(
      (v): DraftVisit => ({ kind: 'routine', period: v.period, date: v.date, unit: units[v.unit]!.id }),
    ),
    ...campaigns.visits,
    ...directed,
    ...findings.visits,
  ];
  const { visits, ids } = numberVisits(drafts);

  staffVisits(valid, visits, seed);

  const algorithms: Record<string, string> = {
    seed: 'sha256-path@1',
    routine: routineAlgorithm(valid),
    dates: 'spread-shuffle@1',
    inspectors: 'assign-flow@1',
    ...limitAlgorithms(valid),
    seal: SEAL_ALGORITHM,
  };
  if (valid.campaigns) {
    // campaign-draw@2 only when a campaign drew pivotal@2 or systematic@2: all-maxent keeps @1.
    algorithms.campaigns = campaignAlgorithm(valid.campaigns.map((c) => c.design));
  }
  if (valid.directed) algorithms.directed = 'directed-first-workday@1';
  if (valid.findings) algorithms.findings = 'deadline-follow-up@1';
  const manifest: Manifest = {
    library: `fairdraw@${VERSION}`,
    algorithm: Object.entries(algorithms)
      .map(([k, v]) => `${k}=${v}`)
      .join(';'),
    algorithms,
    rng: RNG_ALGORITHM,
    inputHash,
    seedCommitment: typeof valid.seed === 'string' ? commitSeed(valid.seed) : valid.seed.commitment,
    ...(typeof valid.seed === 'string' ? {} : { seedPublic: valid.seed.public }),
    scheduleHash: '',
    periods: calendar.periods.length,
  };
  const typeOf = new Map(units.map((u) => [u.id, u.type]));
  const schedule: Schedule = {
    manifest,
    periods: calendar.periods.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      visits: budgets[p.index]!,
      workdays: p.workdays.length,
    })),
    units: unitSummaries(units, pi, chosen, (i) => Boolean(capped.capped[i])),
    types: typeSummaries(units, pi, chosen),
    inspectors: inspectorLoads(
      valid.inspectors.map((x) => x.id),
      visits,
      typeOf,
    ),
    visits,
    log: [],
    ...limitFields(valid, visits),
  };
  const firstDirected = placed.length + campaigns.visits.length;
  return sealSchedule(
    yearFields(valid, schedule, {
      campaigns,
      directedIds: ids.slice(firstDirected, firstDirected + directed.length),
      findings: findings.summaries,
    }),
    seed,
  );
}
