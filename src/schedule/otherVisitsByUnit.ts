import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { CampaignDraw } from './drawCampaigns.js';
import type { DraftVisit } from './visitOrder.js';

/** What the visits outside the routine draw take from each unit's limits. */
export interface OtherVisits {
  /**
   * `bound[i]`: the most visits unit `i` can get outside the routine draw: its directed visits and
   * follow-ups, plus one for every campaign in whose frame it is (probability above 0), whether or not
   * that campaign drew it. The routine cap uses this bound, not the campaign outcome, so the routine
   * probabilities do not depend on a campaign's random draw.
   */
  bound: number[];
  /** `dates[i]`: the dates of unit `i`'s visits of every other kind, for `limits.minGapDays`. */
  dates: string[][];
}

/**
 * Counts, per unit index, the visits that are not routine but count toward `limits` (docs/limits.md).
 *
 * @param input - the validated plan.
 * @param campaigns - the campaign draws of the plan.
 * @param fixed - the directed visits and follow-ups (their units and dates are fixed).
 */
export function otherVisitsByUnit(
  input: ValidPlanInput,
  campaigns: CampaignDraw,
  fixed: readonly DraftVisit[],
): OtherVisits {
  const index = new Map(input.units.map((u, i) => [u.id, i]));
  const bound = input.units.map(() => 0);
  const dates: string[][] = input.units.map(() => []);
  for (const row of campaigns.probabilities) {
    row.forEach((p, i) => {
      if (p > 0) bound[i]! += 1;
    });
  }
  for (const v of campaigns.visits) dates[index.get(v.unit)!]!.push(v.date);
  for (const v of fixed) {
    const i = index.get(v.unit)!;
    bound[i]! += 1;
    dates[i]!.push(v.date);
  }
  return { bound, dates };
}
