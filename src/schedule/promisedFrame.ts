import type { ValidPlanInput } from '../model/planInputSchema.js';
import { capRoutineProbabilities } from './capRoutineProbabilities.js';
import { directedVisits } from './directedVisits.js';
import { drawCampaigns } from './drawCampaigns.js';
import { followUps } from './followUps.js';
import { otherVisitsByUnit } from './otherVisitsByUnit.js';
import { framePeriods, type PlanFrame } from './pipeline.js';
import { raisedRisk, routineProbabilities } from './routineProbabilities.js';

/**
 * The seed handed to the campaign draw when only its probabilities are wanted. A campaign's
 * probabilities and frame do not depend on the seed; passing a constant one makes that certain, so
 * that nothing the real draw produced can reach what {@link promisedFrame} returns.
 */
const NO_SEED = 'promised-frame: no draw is used';

/** What a plan promises before any draw: the steps 1 and 2 of the pipeline, without the seed. */
export interface PromisedFrame {
  /** The calendar and each period's routine budget. */
  frame: PlanFrame;
  /**
   * `routine[t][i]`: unit `i`'s routine inclusion probability in period `t`, as the plan gives it and
   * under `limits.maxVisitsPerUnit`. (Under `coordination: "horizon"` the schedule reports the draw's
   * delivered probabilities, these snapped to a 2^-48 grid: they differ by about 1e-14.)
   */
  routine: Float64Array[];
  /** `capped[i]`: the cap lowered unit `i`'s probabilities. */
  capped: boolean[];
  /** `campaigns[c][i]`: unit `i`'s inclusion probability in campaign `c` (0 outside its frame). */
  campaigns: Float64Array[];
  /** Per campaign: the units of its frame (in scope, active over the window) and the window's working days. */
  campaignFrames: { scopeUnits: number; workdays: number }[];
}

/**
 * The promise of a plan, computed as `plan` computes it before its first random number: the calendar
 * and budgets (`framePeriods`), the campaign probabilities, each unit's routine probabilities under
 * the raised risks of findings and under the cap (whose bound counts campaign, directed and follow-up
 * visits by their plan-given upper bound, never by a draw). No seed goes in, so two seeds give the
 * same promise, bit for bit; the start-of-year notice (`planNotice`) publishes it.
 *
 * @param input - the validated plan.
 * @throws {FairdrawError} as `plan` does when the budgets, the campaigns or the cap cannot be met.
 */
export function promisedFrame(input: ValidPlanInput): PromisedFrame {
  const frame = framePeriods(input);
  const { calendar, periods } = frame;
  const campaigns = drawCampaigns(input, NO_SEED, calendar);
  const fixed = [...directedVisits(input, calendar).visits, ...followUps(input, calendar).visits];
  const others = otherVisitsByUnit(input, campaigns, fixed);
  const rows = routineProbabilities(input, periods, raisedRisk(input, calendar));
  const capped = capRoutineProbabilities(input, periods, rows, others.bound);
  return {
    frame,
    routine: capped.probabilities,
    capped: capped.capped,
    campaigns: campaigns.probabilities,
    campaignFrames: campaigns.summaries.map((c) => ({ scopeUnits: c.scopeUnits, workdays: c.workdays })),
  };
}
