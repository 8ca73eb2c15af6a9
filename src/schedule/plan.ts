import type { Schedule } from '../model/scheduleSchema.js';
import { directedVisits } from './directedVisits.js';
import { drawCampaigns } from './drawCampaigns.js';
import { followUps } from './followUps.js';
import { otherVisitsByUnit } from './otherVisitsByUnit.js';
import { drawFrom, framePeriods, type History, type OpenPlan, openPlan, type PlanFrame } from './pipeline.js';
import { type OnProgress, stepper } from './progress.js';
import { sealSchedule } from './seal.js';

/**
 * Draws a schedule of unannounced visits from a plan file.
 *
 * The steps, each with a sub-seed of its own derived from the master seed (docs/spec.md), run by the
 * one pipeline that `replan` runs too (`drawFrom`, docs/architecture.md):
 * 1. validate the input and cut the horizon into periods on its calendar;
 * 2. draw the campaigns (each from its own sub-seeds) and place the directed visits and the follow-ups
 *    of findings (deterministic): they use no routine random number, and they count toward
 *    `limits.maxVisitsPerUnit` and `limits.minGapDays` (docs/year.md, docs/limits.md);
 * 3. give each period a routine budget and each unit its inclusion probability in each period, under
 *    the cap;
 * 4. draw the routine visits of all periods (jointly under `coordination: "horizon"`);
 * 5. give each visit a working day of its period, number all visits in one list;
 * 6. assign inspectors at random to ALL visits under recusal, qualification, availability and capacity;
 * 7. summarise, record the manifest (versions, algorithms, input hash, seed commitment) and seal the
 *    schedule (`manifest.scheduleHash`: salted per-period leaves and a summary leaf in a Merkle tree).
 *
 * The draws use the newest version of every sampling design, recorded in `manifest.algorithms`
 * (docs/spec/plan.md "Draw versions").
 *
 * @param input - the plan file (see `schema/plan-input.schema.json`).
 * @param options - `onProgress`, told as each of the four steps ends (`read`, `frame`, `draw`,
 *   `seal`), for a progress bar; it changes nothing in the schedule.
 * @returns the schedule; the same input always gives the same schedule, byte for byte.
 * @throws {FairdrawError} on bad input (naming the field) or when a constraint cannot be met.
 */
export function plan(input: unknown, options: PlanOptions = {}): Schedule {
  const done = stepper(4, options.onProgress);
  const opened = openPlan(input);
  done('read');
  const schedule = drawOpened(opened, done);
  const sealed = sealSchedule(schedule, opened.seed);
  done('seal');
  return sealed;
}

/**
 * The schedule `plan` draws from a plan file already opened (`openPlan`, or `readPlan` and
 * `masterSeed`), before its seal: `manifest.scheduleHash` is empty and `manifest.periods` 0 until
 * `sealSchedule`. `verify` draws with it the plan it has read, so that the file is validated and
 * hashed once.
 *
 * @param opened - the plan file, opened.
 * @param done - told `frame` and `draw` as they end.
 */
export function drawOpened(opened: OpenPlan, done: (step: 'frame' | 'draw') => void = () => {}): Schedule {
  const frame = framePeriods(opened.input);
  const history = firstHistory(opened, frame);
  done('frame');
  const { schedule } = drawFrom(opened, frame, history);
  done('draw');
  return schedule;
}

/** Options of {@link plan}. */
export interface PlanOptions {
  /** Told as each step ends, for a progress bar (see `Progress`). */
  onProgress?: OnProgress;
}

/** The history of a new plan: period 0, nothing kept, the master seed, the plan file's fixed visits. */
function firstHistory(opened: OpenPlan, { calendar }: PlanFrame): History {
  const { input, seed } = opened;
  const campaigns = drawCampaigns(input, seed, calendar);
  const directed = directedVisits(input, calendar);
  const findings = followUps(input, calendar);
  return {
    from: 0,
    seed,
    units: input.units,
    kept: [],
    fixed: [...campaigns.visits, ...directed.visits, ...findings.visits],
    others: otherVisitsByUnit(input, campaigns, [...directed.visits, ...findings.visits]),
    keptProbability: () => 0,
    keptCapped: () => false,
    campaignProbability: (i, c) => campaigns.probabilities[c]![i]!,
    campaigns: campaigns.summaries,
    directed: directed.summaries,
    findings: findings.summaries,
    log: [],
  };
}
