import type { ValidPlanInput } from '../model/planInputSchema.js';
import { unitIndex } from '../model/unitIndex.js';
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
  bound: Int32Array;
  /**
   * `dates[i]`: the dates of unit `i`'s visits of every other kind, for `limits.minGapDays`;
   * `undefined` for a unit without any (most units: no list per unit is made for them).
   */
  dates: (string[] | undefined)[];
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
  const { units } = input;
  const bound = new Int32Array(units.length);
  const dates = new Array<string[] | undefined>(units.length);
  const add = (unit: string, date: string) => {
    const i = unitIndex(units).get(unit)!;
    const list = dates[i];
    if (list === undefined) dates[i] = [date];
    else list.push(date);
    return i;
  };
  for (const row of campaigns.probabilities) {
    for (let i = 0; i < row.length; i++) if (row[i]! > 0) bound[i]! += 1;
  }
  for (const v of campaigns.visits) add(v.unit, v.date);
  for (const v of fixed) bound[add(v.unit, v.date)]! += 1;
  return { bound, dates };
}
